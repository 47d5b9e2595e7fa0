package com.vinereports.history;

import com.vinereports.reports.DashboardFigures;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The dashboard's figures as one user saw them in one org on one day; a later view that day replaces them. */
@Entity
@Table(name = "daily_figures")
public class DailyFigures {

    @Id
    private String id;

    @Column(name = "org_id")
    private int orgId;

    @Column(name = "user_id")
    private int userId;

    @Column(name = "on_day")
    private LocalDate day;

    @Column(name = "open_count")
    private int open;

    @Column(name = "new_this_month")
    private int newThisMonth;

    @Column(name = "stale_30")
    private int stale30;

    @Column(name = "stale_60")
    private int stale60;

    @Column(name = "stale_90")
    private int stale90;

    @Column(name = "archived_count")
    private int archived;

    @Column(name = "by_phase")
    private String byPhase;

    @Column(name = "by_type")
    private String byType;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt; // UTC: Jakarta Persistence 3.1 maps no Instant

    private boolean demo;

    protected DailyFigures() {
    }

    DailyFigures(int orgId, int userId, LocalDate day) {
        this.id = key(orgId, userId, day);
        this.orgId = orgId;
        this.userId = userId;
        this.day = day;
    }

    static String key(int orgId, int userId, LocalDate day) {
        return orgId + ":" + userId + ":" + day;
    }

    void take(DashboardFigures figures, Instant at, boolean demoData) {
        open = figures.open();
        newThisMonth = figures.newThisMonth();
        stale30 = figures.noActivity30();
        stale60 = figures.noActivity60();
        stale90 = figures.noActivity90();
        archived = figures.archived();
        byPhase = Counts.write(figures.byPhase());
        byType = Counts.write(figures.byType());
        recordedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        demo = demoData;
    }

    DaySnapshot snapshot() {
        return new DaySnapshot(day, open, newThisMonth, stale30, stale60, stale90, archived, Counts.read(byPhase),
                Counts.read(byType), demo);
    }
}
