package com.vinereports.reports;

import com.vinereports.testing.CountTotalWire;
import com.vinereports.testing.Suites;
import org.junit.jupiter.api.Tag;

/** {@link ReportsBrowserSandboxIT}'s tests with the sandbox answering list counts as totals and user types as numbers. */
@Tag(Suites.COUNT_TOTAL)
@CountTotalWire
class ReportsBrowserCountTotalIT extends ReportsBrowserSandboxIT {
}
