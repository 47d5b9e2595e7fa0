package com.vinereports.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.SeedData;
import com.vinereports.sandbox.SeedData.SeedProject;
import com.vinereports.testing.Chrome;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reporting screens in a real browser (Debian Chromium through Selenium): the dashboard's charts and their
 * totals, the projects table paging, sorting and filtering through Filevine, and an export whose file holds the
 * whole filtered list. Screenshots go to target/screenshots.
 */
@Tag(Suites.SANDBOX)
class ReportsBrowserSandboxIT extends SandboxIT {


    private static final List<SeedProject> HARTLEY = SeedData.projectsOf(7001);

    private static void signIn(Chrome chrome, String path) {
        signIn(chrome, path, "ben");
    }

    private static void signIn(Chrome chrome, String path, String user) {
        chrome.driver().get(BASE + path);
        chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        chrome.driver().findElement(By.id("username")).sendKeys(user);
        chrome.driver().findElement(By.id("sign-in")).click();
        chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(path));
    }

    /**
     * The table's "1-25 of 260 matters" when the total is known: Filevine gave it as {@code count}, or this is the
     * last page. Otherwise "1-25 of more than 25 matters".
     */
    private static String pageReport(int from, int to, int total) {
        return sandbox.api().countIsTotal() || to >= total ? from + "-" + to + " of " + total + " matters"
                : from + "-" + to + " of more than " + to + " matters";
    }

    /**
     * The element left the page. Chrome says so either as a stale element or, when the node was just removed, as
     * "Node with given id does not belong to the document" (which Selenium's stalenessOf does not take as stale).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException removed) {
            if (removed.getMessage() != null && removed.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw removed;
        }
    }

    private static int number(WebElement element) {
        return Integer.parseInt(element.getText().trim().replace(",", ""));
    }

    @Test
    void theDashboardShowsItsChartsWithTheRightTotals() throws Exception {
        try (Chrome chrome = new Chrome()) {
            signIn(chrome, "/app/dashboard.xhtml");
            // The figures load into the page right after it (with progress for big orgs).
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("tile-open")));
            int open = (int) HARTLEY.stream().filter(p -> !p.archived()).count();
            YearMonth month = YearMonth.from(LocalDate.now());
            int lastTwelveMonths = (int) HARTLEY.stream()
                    .filter(p -> !YearMonth.from(p.createdDate()).isBefore(month.minusMonths(11))).count();
            assertEquals(open, number(chrome.driver().findElement(By.cssSelector("#tile-open .number"))));
            for (String chart : List.of("chart-phase", "chart-type", "chart-primary", "chart-month")) {
                WebElement figure = chrome.driver().findElement(By.id(chart));
                assertTrue(figure.isDisplayed(), chart);
                int total = number(figure.findElement(By.id(chart + "-total")));
                int bars = figure.findElements(By.cssSelector(".bar-count")).stream().mapToInt(ReportsBrowserSandboxIT::number).sum();
                assertEquals(total, bars, chart + ": the bars add up to the total");
                assertEquals(chart.equals("chart-month") ? lastTwelveMonths : open, total, chart);
                assertTrue(figure.findElements(By.cssSelector(".bar")).stream().anyMatch(b -> b.getSize().getWidth() > 0),
                        chart + " draws bars");
            }
            assertTrue(chrome.driver().findElement(By.id("dashboard-actions")).getText()
                    .startsWith("Figures as of " + human(LocalDate.now()) + ","), "the date in words");
            String cost = chrome.driver().findElement(By.id("dashboard-cost")).getText();
            assertTrue(cost.matches("It took \\d+ Filevine calls?\\."), "a first dashboard says what it cost: " + cost);
            chrome.screenshot("dashboard");
            chrome.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
            assertTrue(chrome.driver().findElement(By.id("chart-phase")).isDisplayed(), "a tablet sees the charts");
            chrome.screenshot("dashboard-tablet");
        }
    }

    /**
     * Every report page as a paralegal meets it: at 1280, 820 and 390 px wide no table pushes the page sideways (a
     * wide table scrolls inside its card), axe-core finds no serious or critical accessibility problem, and each is
     * kept as a screenshot per width. The dashboard prints without the menu, with what it is in a header, and with
     * its charts; the keyboard reaches its actions with a visible focus.
     */
    @Test
    void everyReportReadsAtThreeWidthsPassesTheAccessibilityCheckAndPrints() throws Exception {
        int matter = HARTLEY.stream().filter(p -> !com.vinereports.sandbox.ProjectDetails.of(p).contacts().isEmpty())
                .findFirst().orElseThrow().projectId();
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard", "/app/dashboard.xhtml#tile-open");
        pages.put("projects", "/app/projects.xhtml#page-report");
        pages.put("project", "/app/project.xhtml?id=" + matter + "#contacts");
        pages.put("stale", "/app/stale.xhtml?days=60#stale-total");
        pages.put("upcoming", "/app/upcoming.xhtml#upcoming-total");
        pages.put("trends", "/app/trends.xhtml#trend-points");
        pages.put("time-in-phase", "/app/time-in-phase.xhtml#phases");
        pages.put("profile", "/app/profile.xhtml#org-user-id");
        List<String> problems = new java.util.ArrayList<>();
        try (Chrome chrome = new Chrome()) {
            chrome.driver().get(BASE + "/"); // the start page, before signing in
            chrome.seriousAccessibilityProblems().forEach(p -> problems.add("start page: " + p));
            signIn(chrome, "/app/profile.xhtml");
            chrome.driver().get(BASE + "/app/no-such-report.xhtml"); // the error page
            chrome.seriousAccessibilityProblems().forEach(p -> problems.add("error page: " + p));
            for (int width : List.of(1280, 820, 390)) {
                chrome.width(width);
                for (java.util.Map.Entry<String, String> page : pages.entrySet()) {
                    String[] pathAndMarker = page.getValue().split("#");
                    chrome.driver().get(BASE + pathAndMarker[0]);
                    chrome.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id(pathAndMarker[1])));
                    Number overflow = (Number) chrome.driver().executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    if (overflow.intValue() > 1) {
                        problems.add(page.getKey() + " at " + width + " px: the page scrolls sideways by " + overflow + " px");
                    }
                    if (width == 1280) {
                        chrome.seriousAccessibilityProblems().forEach(p -> problems.add(page.getKey() + ": " + p));
                    }
                    chrome.screenshot(page.getKey() + "-" + width);
                }
            }
            assertEquals(List.of(), problems);

            chrome.width(1280);
            chrome.driver().get(BASE + "/app/dashboard.xhtml");
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("tile-open")));
            WebElement focused = null;
            for (int tab = 0; tab < 150; tab++) {
                chrome.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
                focused = chrome.driver().switchTo().activeElement();
                if ("refresh-dashboard".equals(focused.getAttribute("id"))) {
                    break;
                }
            }
            assertEquals("refresh-dashboard", focused.getAttribute("id"), "the keyboard reaches the dashboard's action");
            String outline = (String) chrome.driver().executeScript("var e = document.activeElement;"
                    + " return e.id + ': ' + getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth;");
            assertTrue(outline.startsWith("refresh-dashboard: ") && !outline.contains(" none "), "a visible focus: " + outline);

            chrome.media("print");
            assertTrue(!chrome.driver().findElement(By.cssSelector("header.bar")).isDisplayed(), "no menu on paper");
            String header = chrome.driver().findElement(By.id("print-header")).getText();
            assertTrue(header.contains("Hartley & Moss LLP") && header.contains("Ben Hartley") && header.contains("made "), header);
            assertTrue(chrome.driver().findElements(By.cssSelector("#chart-phase .bar")).stream()
                    .allMatch(bar -> bar.isDisplayed() && bar.getSize().getHeight() > 0), "the charts print");
            chrome.media("screen");
        }
    }

    /** Trends and time in phase as a user reads them (and under the script policy, as every Chrome test). */
    @Test
    void theHistoryPagesShowTodaysFiguresAndLinkTheStuckMatters() throws Exception {
        try (Chrome chrome = new Chrome()) {
            signIn(chrome, "/app/trends.xhtml");
            WebElement newest = chrome.waitUpTo(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-points tbody tr")));
            assertEquals(human(LocalDate.now()), newest.findElement(By.tagName("th")).getText());
            assertEquals((int) HARTLEY.stream().filter(p -> !p.archived()).count(),
                    number(newest.findElements(By.cssSelector("td.number")).get(0)));
            org.openqa.selenium.Dimension bar = newest.findElement(By.cssSelector(".bar")).getSize();
            assertTrue(bar.getWidth() > 0 && bar.getHeight() > 0, "the open count as a bar: " + bar);
            chrome.screenshot("trends");
            chrome.driver().findElement(By.linkText("week")).click();
            chrome.waitUpTo(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("period=weekly")
                    && !d.findElements(By.id("trend-points")).isEmpty());

            chrome.driver().get(BASE + "/app/time-in-phase.xhtml");
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("phases")));
            chrome.screenshot("time-in-phase");
            List<WebElement> stuck = chrome.driver().findElements(By.cssSelector("#stuck tbody a"));
            assertTrue(!stuck.isEmpty(), "the seed's 300 matters leave some past their phase's 90th percentile");
            String name = stuck.get(0).getText();
            stuck.get(0).click();
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("project-name"), name));
        }
    }

    @Test
    void theProjectsTablePagesSortsAndFiltersThroughFilevine() throws Exception {
        try (Chrome chrome = new Chrome()) {
            signIn(chrome, "/app/projects.xhtml");
            By report = By.id("page-report");
            chrome.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(report,
                    pageReport(1, 25, HARTLEY.size())));
            assertEquals(25, rows(chrome).size());

            chrome.driver().findElement(By.cssSelector("#projects-table .ui-paginator-next")).click();
            chrome.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(report,
                    pageReport(26, 50, HARTLEY.size())));
            chrome.waitUpTo(Duration.ofSeconds(10)).until(driver -> HARTLEY.get(25).number()
                    .equals(rows(chrome).get(0).findElements(By.tagName("td")).get(0).getText()));
            if (!sandbox.api().countIsTotal()) {
                // Without a total from Filevine, "next" stays on until the last page, which tells the total.
                int pages = (HARTLEY.size() + 24) / 25;
                for (int page = 3; page <= pages; page++) {
                    String expected = pageReport(page * 25 - 24, Math.min(page * 25, HARTLEY.size()), HARTLEY.size());
                    chrome.driver().findElement(By.cssSelector("#projects-table .ui-paginator-next")).click();
                    chrome.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(report, expected));
                }
                assertTrue(chrome.driver().findElement(By.cssSelector("#projects-table .ui-paginator-next"))
                        .getAttribute("class").contains("ui-state-disabled"), "no page after the last");
            }

            chrome.driver().findElement(By.xpath("//th[contains(@class,'ui-sortable-column')][.//span[text()='Client']]")).click();
            String firstClient = HARTLEY.stream().sorted(Comparator.comparing((SeedProject p) -> p.clientName().toLowerCase(Locale.ROOT))
                    .thenComparing(SeedProject::projectId)).findFirst().orElseThrow().clientName();
            chrome.waitUpTo(Duration.ofSeconds(20)).until(driver -> rows(chrome).get(0).findElements(By.tagName("td")).get(2)
                    .getText().equals(firstClient));

            // The phase menu through PrimeFaces' own widget API: clicks on its panel race its opening animation
            // (and, after the sort scrolled the page, the sticky header) on a busy machine.
            ((org.openqa.selenium.JavascriptExecutor) chrome.driver()).executeScript(
                    "PrimeFaces.widgets['widget_phase'].selectValue('Intake');");
            chrome.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("phase_label"), "Intake"));
            chrome.driver().findElement(By.id("apply")).click();
            long intake = HARTLEY.stream().filter(p -> p.phaseName().equals("Intake")).count();
            chrome.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(report,
                    pageReport(1, (int) Math.min(25, intake), (int) intake)));
            chrome.waitUpTo(Duration.ofSeconds(10)).until(driver -> rows(chrome).stream()
                    .allMatch(row -> row.findElements(By.tagName("td")).get(4).getText().equals("Intake")));
            chrome.screenshot("projects");
        }
    }

    /**
     * Every page and each of its actions under the script policy (PrimeFaces' nonce mode next to the app's own
     * policy): plain postbacks, JSF and PrimeFaces AJAX, postbacks after AJAX updates, deferred panels, the error
     * pages of an expired view and of a missing page, logout. Each shows its result; Chrome reports no violation.
     */
    @Test
    void everyPageAndEveryActionWorksUnderTheScriptPolicy() throws Exception {
        try (Chrome chrome = new Chrome()) {
            org.openqa.selenium.chrome.ChromeDriver driver = chrome.driver();
            signIn(chrome, "/app/orgs.xhtml", "alice"); // two orgs: the picker
            driver.findElement(By.xpath("//form[@id='orgs']//input[@value='Hartley & Moss LLP']")).click();
            waitForText(chrome, By.id("current-org"), "Hartley & Moss LLP");
            driver.findElement(By.xpath("//form[@id='org-switch']//input[@value='Switch to Rivera Injury Group']")).click();
            waitForText(chrome, By.id("current-org"), "Rivera Injury Group");
            driver.findElement(By.xpath("//form[@id='org-switch']//input[@value='Switch to Hartley & Moss LLP']")).click();
            waitForText(chrome, By.id("current-org"), "Hartley & Moss LLP");

            driver.get(BASE + "/app/profile.xhtml");
            for (int reload = 1; reload <= 2; reload++) { // the second one posts the view the first AJAX updated
                driver.executeScript("document.getElementById('membership').setAttribute('data-old', 'yes')");
                driver.findElement(By.id("reload-membership")).click();
                chrome.waitUpTo(Duration.ofSeconds(20)).until(d -> driver.findElement(By.id("membership")).getAttribute("data-old") == null);
            }

            driver.get(BASE + "/app/dashboard.xhtml");
            WebElement tile = chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("tile-open")));
            driver.findElement(By.id("refresh-dashboard")).click();
            chrome.waitUpTo(Duration.ofSeconds(20)).until(d -> isGone(tile));
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("tile-open")));

            driver.get(BASE + "/app/projects.xhtml");
            By report = By.id("page-report");
            waitForText(chrome, report, pageReport(1, 25, HARTLEY.size()));
            driver.findElement(By.cssSelector("#projects-table .ui-paginator-next")).click();
            waitForText(chrome, report, pageReport(26, 50, HARTLEY.size()));
            driver.executeScript("PrimeFaces.widgets['widget_phase'].selectValue('Intake');");
            driver.findElement(By.id("apply")).click(); // PrimeFaces AJAX after an AJAX update
            int intake = (int) HARTLEY.stream().filter(p -> p.phaseName().equals("Intake")).count();
            waitForText(chrome, report, pageReport(1, Math.min(25, intake), intake));
            String number = rows(chrome).get(0).findElements(By.tagName("td")).get(0).getText();
            rows(chrome).get(0).findElement(By.tagName("a")).click();
            waitForText(chrome, By.id("project-number"), number);

            driver.get(BASE + "/app/stale.xhtml");
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("stale-total")));
            driver.get(BASE + "/app/upcoming.xhtml");
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("upcoming-total")));
            assertTrue(driver.findElement(By.id("upcoming-cost")).getText().matches("It took \\d+ Filevine calls\\."),
                    driver.findElement(By.id("upcoming-cost")).getText());

            driver.get(BASE + "/app/profile.xhtml");
            driver.executeScript("document.querySelector('#logout input[name$=\"ViewState\"]').value = 'stale-view';");
            driver.findElement(By.id("logout-button")).click();
            waitForText(chrome, By.tagName("h1"), "This page had expired");
            driver.get(BASE + "/app/no-such-report.xhtml");
            chrome.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("message")));

            driver.get(BASE + "/app/profile.xhtml");
            driver.findElement(By.id("logout-button")).click();
            chrome.waitUpTo(Duration.ofSeconds(20)).until(d -> !driver.getCurrentUrl().contains("/app/profile.xhtml"));
            driver.get(BASE + "/api/v1/session");
            assertTrue(driver.getPageSource().contains("401") || driver.getPageSource().contains("not_signed_in")
                    || !driver.getPageSource().contains("\"signedIn\":true"), "signed out: " + driver.getPageSource());
        }
    }

    /** Until the element shows the text; an element read while the page navigates away is read again. */
    /** A date as the pages show it to Chrome (Accept-Language en-US): "Nov 19, 2026". */
    private static String human(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(Locale.US).format(date);
    }

    private static void waitForText(Chrome chrome, By where, String text) {
        chrome.waitUpTo(Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    @Test
    void theBrowserReportsAViolationOfTheAppsPolicy() throws Exception {
        // What every Chrome test checks on close must be able to see one: a foreign <base> breaks base-uri 'self'.
        try (Chrome chrome = new Chrome()) {
            chrome.driver().get(BASE + "/");
            chrome.driver().executeScript("var b = document.createElement('base'); b.href = 'http://evil.example/';"
                    + " document.head.appendChild(b);");
            chrome.waitUpTo(Duration.ofSeconds(10)).until(driver -> !chrome.cspViolations().isEmpty());
            assertTrue(chrome.takeViolations().stream().anyMatch(v -> v.contains("base-uri")), "the base-uri directive");
        }
    }

    @Test
    void anExportDownloadsAFileWithEveryFilteredRow() throws Exception {
        try (Chrome chrome = new Chrome()) {
            signIn(chrome, "/app/projects.xhtml?phase=Intake&archived=false");
            long expected = HARTLEY.stream().filter(p -> p.phaseName().equals("Intake") && !p.archived()).count();
            chrome.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("page-report"), pageReport(1, (int) Math.min(25, expected), (int) expected)));
            chrome.driver().findElement(By.id("export-csv")).click();
            Path file = chrome.waitUpTo(Duration.ofSeconds(30)).until(driver -> chrome.finishedDownload(".csv").orElse(null));
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals(expected + 1, lines.size(), "header and every filtered matter");
            chrome.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("export-progress"), "Export ready"));
            chrome.screenshot("export");
        }
    }

    @Test
    void aMatterShowsItsDetailAndItsDocumentsDownloadFromFilevine() throws Exception {
        SeedProject matter = HARTLEY.stream().filter(p -> !com.vinereports.sandbox.ProjectDetails.of(p).documents().isEmpty()
                && !com.vinereports.sandbox.ProjectDetails.of(p).deadlines().isEmpty()).findFirst().orElseThrow();
        com.vinereports.sandbox.ProjectDetails truth = com.vinereports.sandbox.ProjectDetails.of(matter);
        try (Chrome chrome = new Chrome()) {
            signIn(chrome, "/app/project.xhtml?id=" + matter.projectId());
            assertEquals(matter.projectName(), chrome.driver().findElement(By.id("project-name")).getText());
            assertEquals(truth.vitals().size(), chrome.driver().findElements(By.cssSelector("#vitals tr")).size());
            // Read as people read them: dates in words, days in phase, money as money, done as a word.
            long inPhase = java.time.temporal.ChronoUnit.DAYS.between(matter.phaseDate(), LocalDate.now());
            assertEquals(matter.phaseName() + ", in phase since " + human(matter.phaseDate()) + " (" + inPhase
                    + (inPhase == 1 ? " day)" : " days)"), chrome.driver().findElement(By.id("project-phase")).getText());
            assertEquals(human(matter.createdDate()), chrome.driver().findElement(By.id("project-created")).getText());
            String value = truth.vitals().stream().filter(v -> v.fieldType().equals("Currency")).findFirst().orElseThrow().value();
            assertTrue(chrome.driver().findElement(By.id("vitals")).getText().contains(
                    java.text.NumberFormat.getCurrencyInstance(Locale.US).format(new java.math.BigDecimal(value))),
                    "money as money: " + chrome.driver().findElement(By.id("vitals")).getText());
            assertTrue(chrome.driver().findElement(By.id("deadlines")).getText().contains(human(truth.deadlines().get(0).dueDate())));
            assertTrue(chrome.driver().findElements(By.cssSelector("#deadlines td")).stream().map(WebElement::getText)
                    .anyMatch(t -> t.equals("Yes") || t.equals("No")), "done as a word");
            assertEquals(truth.contacts().size(), chrome.driver().findElements(By.cssSelector("#contacts tbody tr, #contacts > tr")).size());
            assertEquals(truth.deadlines().size(), chrome.driver().findElements(By.cssSelector("#deadlines tbody tr, #deadlines > tr")).size());
            List<WebElement> documents = chrome.driver().findElements(By.cssSelector("#documents a"));
            assertEquals(truth.documents().size(), documents.size());
            documents.get(0).click();
            Path document = chrome.waitUpTo(Duration.ofSeconds(30)).until(driver -> chrome.finishedDownload("").orElse(null));
            String content = Files.readString(document);
            assertTrue(content.contains("Document " + truth.documents().get(0).documentId()),
                    "the file came from Filevine's signed URL");
            chrome.screenshot("project");
        }
    }

    @Test
    void staleMattersAndUpcomingDatesMatchTheSeed() throws Exception {
        LocalDate today = LocalDate.now();
        java.time.Instant before = today.minusDays(60).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        long stale = HARTLEY.stream().filter(p -> !p.archived() && p.lastActivity().isBefore(before)).count();
        try (Chrome chrome = new Chrome()) {
            signIn(chrome, "/app/stale.xhtml?days=30");
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("stale-total")));
            chrome.driver().findElement(By.linkText("60+ days")).click();
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#stale-total strong"), Long.toString(stale)));
            WebElement firstIdle = chrome.driver().findElement(By.cssSelector("table.stale tbody tr"));
            String href = firstIdle.findElement(By.tagName("a")).getAttribute("href");
            int id = Integer.parseInt(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            SeedProject idlest = HARTLEY.stream().filter(p -> p.projectId() == id).findFirst().orElseThrow();
            assertEquals(Long.toString(java.time.temporal.ChronoUnit.DAYS.between(
                            idlest.lastActivity().atZone(java.time.ZoneOffset.UTC).toLocalDate(), today)),
                    firstIdle.findElement(By.cssSelector(".days-idle")).getText(), "days idle, from the last activity");
            assertEquals(Long.toString(java.time.temporal.ChronoUnit.DAYS.between(idlest.phaseDate(), today)),
                    firstIdle.findElement(By.cssSelector(".days-in-phase")).getText());
            chrome.screenshot("stale");
            chrome.driver().findElement(By.linkText("Days in phase")).click();
            chrome.waitUpTo(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("sort=phase")
                    && !d.findElements(By.cssSelector("table.stale .days-in-phase")).isEmpty());
            List<Long> inPhase = chrome.driver().findElements(By.cssSelector("table.stale")).get(0)
                    .findElements(By.cssSelector(".days-in-phase")).stream().map(e -> Long.parseLong(e.getText())).toList();
            assertEquals(inPhase.stream().sorted(java.util.Comparator.reverseOrder()).toList(), inPhase,
                    "sorted by days in phase, longest first");

            long due = 0;
            LocalDate until = today.plusDays(30);
            for (SeedProject p : HARTLEY) {
                if (p.archived() || !p.primary().username().equals("ben")) {
                    continue;
                }
                com.vinereports.sandbox.ProjectDetails d = com.vinereports.sandbox.ProjectDetails.of(p);
                due += d.deadlines().stream().filter(x -> !x.done() && !x.dueDate().isAfter(until)).count();
                due += d.notes().stream().filter(n -> n.typeTag().equals("Task") && !Boolean.TRUE.equals(n.isCompleted())
                        && !n.targetDate().isAfter(until)).count();
            }
            chrome.driver().get(BASE + "/app/upcoming.xhtml?days=30&scope=mine");
            chrome.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("upcoming-total")));
            assertEquals(Long.toString(due), chrome.driver().findElement(By.cssSelector("#upcoming-total strong")).getText(),
                    "ben's own matters, 30 days");
            chrome.screenshot("upcoming");
        }
    }

    @Test
    void theColumnChooserHidesAColumnAndAPhoneSeesTheTable() throws Exception {
        try (Chrome chrome = new Chrome()) {
            signIn(chrome, "/app/projects.xhtml");
            By clientHeader = By.xpath("//th[.//span[text()='Client']]");
            chrome.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(clientHeader));
            chrome.driver().findElement(By.cssSelector("[id$='columns-toggle']")).click();
            chrome.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//div[contains(@class,'ui-columntoggler')]//li[.//label[text()='Client']]//div[contains(@class,'ui-chkbox-box')]"))).click();
            chrome.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(clientHeader));
            chrome.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            assertTrue(chrome.driver().findElement(By.id("projects-table")).isDisplayed());
            chrome.screenshot("projects-phone");
        }
    }

    private static List<WebElement> rows(Chrome chrome) {
        return chrome.driver().findElements(By.cssSelector("#projects-table_data > tr"));
    }
}
