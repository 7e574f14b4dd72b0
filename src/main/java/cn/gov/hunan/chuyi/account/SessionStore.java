package cn.gov.hunan.chuyi.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions in PostgreSQL, with their last-access time kept to the minute. Spring Session JDBC writes the
 * last-access time back on every request, an {@code UPDATE} and a transaction per page view even when nothing else
 * changed (measured: a fifth of a signed-in page's cost, docs/performance.md). Here a session records a new access only
 * when the one on record is more than a minute old, so a user clicking through pages causes one write a minute; the
 * idle timeout (30 minutes by default) is then exact to within that minute. Attribute changes are written as before.
 */
final class SessionStore implements FindByIndexNameSessionRepository<SessionStore.Recorded>, DisposableBean {

    static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);

    /** Typed loosely on purpose: Spring Session's JDBC session class is not public. */
    @SuppressWarnings("rawtypes")
    private final FindByIndexNameSessionRepository jdbc;
    private final DisposableBean scheduler;

    private SessionStore(JdbcIndexedSessionRepository jdbc) {
        this.jdbc = jdbc;
        this.scheduler = jdbc;
    }

    /** Puts the store in front of the repository that Spring Boot configures, for every user of it. */
    static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new SessionStore(jdbc) : bean;
            }
        };
    }

    @Override
    public Recorded createSession() {
        return new Recorded((Session) jdbc.createSession());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Recorded session) {
        jdbc.save(session.delegate);
    }

    @Override
    public Recorded findById(String id) {
        Session found = (Session) jdbc.findById(id);
        return found == null ? null : new Recorded(found);
    }

    @Override
    public void deleteById(String id) {
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, Recorded> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Recorded> found = new LinkedHashMap<>();
        Map<?, ?> sessions = jdbc.findByIndexNameAndIndexValue(indexName, indexValue);
        sessions.forEach((id, s) -> found.put((String) id, new Recorded((Session) s)));
        return found;
    }

    @Override
    public void destroy() throws Exception {
        scheduler.destroy();
    }

    /** A session whose accesses are recorded to the minute. */
    static final class Recorded implements Session {

        private final Session delegate;

        private Recorded(Session delegate) {
            this.delegate = delegate;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (time.isAfter(delegate.getLastAccessedTime().plus(ACCESS_RESOLUTION))) {
                delegate.setLastAccessedTime(time);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            delegate.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            delegate.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
