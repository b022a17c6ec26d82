package org.laureate.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address of a material: {@code /materials/<id>} and nothing else. */
class MaterialDownloadServletTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "/42, 42",
        "/0, 0",
        "null, -1",
        "/, -1",
        "/42/x, -1",
        "/-1, -1",
        "/abc, -1",
        "/9999999999999999999, -1"
    })
    void onlyANumberNamesAMaterial(String pathInfo, long expected) {
        assertThat(MaterialDownloadServlet.materialId(pathInfo)).isEqualTo(expected);
    }
}
