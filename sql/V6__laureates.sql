-- The laureates: each award (one laureate work of a cycle) with its authors, the Supreme State Council's resolution
-- and its state (recorded, then published), and the amendments made to a published award. The past laureates are
-- loaded as published historical awards (no award_cycle row); what the sources do not give is left empty.

CREATE TABLE award (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_name         VARCHAR(20)    NOT NULL,
    cycle_id           BIGINT,
    nomination_id      BIGINT,
    seq                INT            NOT NULL,
    work_title         VARCHAR(1000)  NOT NULL,
    art_field          VARCHAR(30),
    resolution_number  VARCHAR(50),
    resolution_date    DATE,
    state              VARCHAR(20)    NOT NULL,
    published_at       DATETIME(6),
    version            INT            NOT NULL,
    CONSTRAINT fk_award_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_award_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
);

CREATE INDEX ix_award_cycle_name ON award (cycle_name, seq);
CREATE INDEX ix_award_state ON award (state);

CREATE TABLE award_author (
    award_id  BIGINT        NOT NULL,
    seq       INT           NOT NULL,
    name_ru   VARCHAR(300)  NOT NULL,
    name_be   VARCHAR(300),
    country   CHAR(2),
    PRIMARY KEY (award_id, seq),
    CONSTRAINT fk_award_author_award FOREIGN KEY (award_id) REFERENCES award (id)
);

CREATE TABLE award_amendment (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    award_id      BIGINT         NOT NULL,
    field         VARCHAR(30)    NOT NULL,
    author_seq    INT,
    value_before  VARCHAR(1000),
    value_after   VARCHAR(1000),
    reason        VARCHAR(2000)  NOT NULL,
    amended_at    DATETIME(6)    NOT NULL,
    actor         VARCHAR(100)   NOT NULL,
    CONSTRAINT fk_award_amendment_award FOREIGN KEY (award_id) REFERENCES award (id)
);

CREATE INDEX ix_award_amendment_award ON award_amendment (award_id, amended_at);

-- 2009–2010: resolution of the Supreme State Council No. 13 of 10 December 2009.
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2009–2010', 1, 'Памятники Янке Купале в Москве и Александру Пушкину в Минске', 'VISUAL_ARTS', '13',
        DATE '2009-12-10', 'PUBLISHED', 0);

-- 2013–2014: resolution of 25 December 2013 (its number is not given).
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2013–2014', 1, 'Роль Дон Кихота в спектакле «Человек из Ламанчи»', 'THEATRE', NULL, DATE '2013-12-25',
        'PUBLISHED', 0);
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2013–2014', 2, 'Скульптурные образы покорителей космоса, памятник С. Т. Аксакову', 'VISUAL_ARTS', NULL,
        DATE '2013-12-25', 'PUBLISHED', 0);
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2013–2014', 3, 'Серия книг о памятниках архитектуры', 'LITERARY_AND_ART_STUDIES', NULL, DATE '2013-12-25',
        'PUBLISHED', 0);

-- 2015–2016: the resolution's number and date are not given.
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2015–2016', 1, 'Проект «Песни военных лет»', 'MUSIC', NULL, NULL, 'PUBLISHED', 0);
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2015–2016', 2, 'Памятник Патриарху Московскому и всея Руси Алексию II в Минске', 'VISUAL_ARTS', NULL, NULL,
        'PUBLISHED', 0);
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2015–2016', 3, 'Альбом «Там, где цвела калина»', 'MUSIC', NULL, NULL, 'PUBLISHED', 0);

-- 2023–2024: the resolution's number and date are not given.
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2023–2024', 1, 'Музей мемориального комплекса «Хатынь»', NULL, NULL, NULL, 'PUBLISHED', 0);
INSERT INTO award (cycle_name, seq, work_title, art_field, resolution_number, resolution_date, state, version)
VALUES ('2023–2024', 2, 'Цикл песен «Беларусь», «Русь», «За реченькой»', 'MUSIC', NULL, NULL, 'PUBLISHED', 0);

INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'Ю. Григорьев', NULL, 'RU' FROM award WHERE cycle_name = '2009–2010' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 1, 'Л. Гумилевский', NULL, 'RU' FROM award WHERE cycle_name = '2009–2010' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 2, 'С. Гумилевский', NULL, 'RU' FROM award WHERE cycle_name = '2009–2010' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 3, 'Ю. Орехов', NULL, 'RU' FROM award WHERE cycle_name = '2009–2010' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 4, 'Г. Орехов', NULL, 'RU' FROM award WHERE cycle_name = '2009–2010' AND seq = 1;

INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'Владимир Зельдин', NULL, 'RU' FROM award WHERE cycle_name = '2013–2014' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'Иван Миско', 'Іван Міско', 'BY' FROM award WHERE cycle_name = '2013–2014' AND seq = 2;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'Инесса Слюнькова', NULL, 'RU' FROM award WHERE cycle_name = '2013–2014' AND seq = 3;

-- The countries of the 2015–2016 collectives are not given: left empty.
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'Владимир Федосеев', NULL, 'RU' FROM award WHERE cycle_name = '2015–2016' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'Ф. Повный', NULL, NULL FROM award WHERE cycle_name = '2015–2016' AND seq = 2;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 1, 'В. Слободчиков', NULL, NULL FROM award WHERE cycle_name = '2015–2016' AND seq = 2;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 2, 'И. Морозов', NULL, NULL FROM award WHERE cycle_name = '2015–2016' AND seq = 2;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'А. Ярмоленко', NULL, NULL FROM award WHERE cycle_name = '2015–2016' AND seq = 3;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 1, 'О. Елисеенков', NULL, NULL FROM award WHERE cycle_name = '2015–2016' AND seq = 3;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 2, 'И. Юркин', NULL, NULL FROM award WHERE cycle_name = '2015–2016' AND seq = 3;

INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'В. Скробот', 'В. Скробат', 'BY' FROM award WHERE cycle_name = '2023–2024' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 1, 'А. Храмой', 'А. Храмой', 'BY' FROM award WHERE cycle_name = '2023–2024' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 2, 'А. Петкевич', 'А. Пяткевіч', 'BY' FROM award WHERE cycle_name = '2023–2024' AND seq = 1;
INSERT INTO award_author (award_id, seq, name_ru, name_be, country)
SELECT id, 0, 'Виктор Захарченко', NULL, 'RU' FROM award WHERE cycle_name = '2023–2024' AND seq = 2;
