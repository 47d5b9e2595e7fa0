package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsAreQuotedAsRfc4180SaysAndFormulasStayText() {
        assertEquals("plain", Csv.cell("plain"));
        assertEquals("\"Moss, Alice\"", Csv.cell("Moss, Alice"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.cell("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"), "apostrophe first, then quoted");
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("", Csv.cell(null));
    }
}
