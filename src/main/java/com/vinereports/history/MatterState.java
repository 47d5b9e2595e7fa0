package com.vinereports.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The last observation kept of one matter: what the next recording compares against. */
@Entity
@Table(name = "matter_state")
public class MatterState {

    @Id
    private String id;

    @Column(name = "org_id")
    private int orgId;

    @Column(name = "project_id")
    private int projectId;

    private int seq;

    @Column(name = "phase_name")
    private String phaseName;

    @Column(name = "phase_date")
    private LocalDate phaseDate;

    private boolean archived;

    protected MatterState() {
    }

    MatterState(int orgId, Transition last) {
        this.id = key(orgId, last.projectId());
        this.orgId = orgId;
        this.projectId = last.projectId();
        this.seq = last.seq();
        this.phaseName = last.phaseName();
        this.phaseDate = last.phaseDate();
        this.archived = last.archived();
    }

    static String key(int orgId, int projectId) {
        return orgId + ":" + projectId;
    }

}
