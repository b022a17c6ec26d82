package org.laureate.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The adversary's read of the test database, as a dump or a backup gives it: every table, every row in the order the
 * storage gives it, every value as text, and where in the whole database a text occurs (for the anonymity tests).
 */
final class DatabaseDump {

    static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");

    private final Store store;

    DatabaseDump(Store store) {
        this.store = store;
    }

    List<String> strings(String query, Object... parameters) {
        return store.sql(query, parameters).stream().map(value -> value == null ? null : value.toString()).toList();
    }

    /** Every table of the test database. */
    List<String> tables() {
        return strings("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
    }

    List<String> columns(String table) {
        return strings("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table);
    }

    /** A table's rows as the dump writes them (no ORDER BY: the order the storage gives), every value as text. */
    List<Map<String, String>> dump(String table) {
        var columns = columns(table);
        var select = String.join(", ", columns.stream().map(c -> "CAST(`" + c + "` AS CHAR)").toList());
        var rows = new ArrayList<Map<String, String>>();
        for (Object values : store.sql("SELECT " + select + " FROM `" + table + "`")) {
            var array = columns.size() == 1 ? new Object[] {values} : (Object[]) values;
            var row = new LinkedHashMap<String, String>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), array[i] == null ? null : array[i].toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The tables and columns of the test database that hold text or bytes. */
    List<String[]> textColumns() {
        return store.sql("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('" + String.join("', '", TEXT_TYPES) + "')")
                .stream().map(row -> new String[] {(String) ((Object[]) row)[0], (String) ((Object[]) row)[1]})
                .toList();
    }

    /** Where in the whole database a text occurs: "table.column" for every column of a row that contains it. */
    List<String> whereInTheDatabase(String text) {
        var found = new ArrayList<String>();
        for (var column : textColumns()) {
            long rows = ((Number) store.sql("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1]
                    + "` LIKE CONCAT('%', ?, '%')", text).get(0)).longValue();
            if (rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    /** The columns of the whole database in which any of the texts occurs, one query per column. */
    List<String> whereAnyInTheDatabase(List<String> texts) {
        var found = new ArrayList<String>();
        var condition = String.join(" OR ", texts.stream().map(text -> "`%s` LIKE CONCAT('%%', ?, '%%')").toList());
        for (var column : textColumns()) {
            var where = condition.replace("%s", column[1]).replace("%%", "%");
            long rows = ((Number) store.sql("SELECT COUNT(*) FROM `" + column[0] + "` WHERE " + where,
                    texts.toArray()).get(0)).longValue();
            if (rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static String digest(String algorithm, byte[] bytes) {
        try {
            return hex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every way bytes can be spelt in a column or a log line: in both cases of hex, in Base64 and Base64url. */
    static List<String> spellings(byte[] bytes) {
        return List.of(hex(bytes), hex(bytes).toUpperCase(Locale.ROOT), Base64.getEncoder().encodeToString(bytes),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * What an adversary who knows a member could compute: each thing known of them, alone and with the id of the round
     * or vote, and their SHA-256, SHA-1, MD5 and name-based UUIDs.
     */
    static Set<String> derivable(List<String> known, long context) {
        var inputs = new ArrayList<String>();
        for (var who : known) {
            inputs.add(who);
            for (var separator : List.of("", ":", "|", "-", "/")) {
                inputs.add(who + separator + context);
                inputs.add(context + separator + who);
            }
        }
        var values = new HashSet<String>();
        for (var input : inputs) {
            var bytes = input.getBytes(StandardCharsets.UTF_8);
            values.add(input);
            values.add(digest("SHA-256", bytes));
            values.add(digest("SHA-1", bytes));
            values.add(digest("MD5", bytes));
            values.add(UUID.nameUUIDFromBytes(bytes).toString());
        }
        return values;
    }
}
