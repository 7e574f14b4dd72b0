package cn.gov.hunan.chuyi.supervision.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A designated project a task inspects, chosen by province staff among the running projects of the task's city. */
@Entity
@Table(name = "inspection_task_project")
@IdClass(InspectedProject.Key.class)
class InspectedProject {

    @Id
    @Column(name = "task_id")
    private long taskId;

    @Id
    @Column(name = "project_id")
    private long projectId;

    protected InspectedProject() {}

    InspectedProject(long taskId, long projectId) {
        this.taskId = taskId;
        this.projectId = projectId;
    }

    long projectId() {
        return projectId;
    }

    /** The key: the task and the project. */
    static class Key implements Serializable {

        private long taskId;
        private long projectId;

        protected Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.taskId == taskId && k.projectId == projectId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, projectId);
        }
    }
}
