package cn.gov.hunan.chuyi.account.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InvalidClassException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions in PostgreSQL, with their last-access time kept to the minute. Spring Session JDBC writes the
 * last-access time back on every request, an {@code UPDATE} and a transaction per page view even when nothing else
 * changed (measured: a fifth of a signed-in page's cost, docs/performance.md). Here a session records a new access only
 * when the one on record is more than a minute old, so a user clicking through pages causes one write a minute; the
 * idle timeout (30 minutes by default) is then exact to within that minute. Attribute changes are written as before.
 *
 * <p>Within one request the session is read once: Spring Session's filter asks for it again when it commits, and
 * {@link RequestScope}, which runs around that filter, keeps what the first read found for the rest of the request.
 */
final class SessionStore implements FindByIndexNameSessionRepository<SessionStore.Recorded>, DisposableBean {

    static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);

    private static final ThreadLocal<Recorded> READ_IN_THIS_REQUEST = new ThreadLocal<>();

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
        Recorded known = READ_IN_THIS_REQUEST.get();
        if (known != null && known.getId().equals(id)) {
            return known;
        }
        Session found = (Session) jdbc.findById(id);
        Recorded recorded = found == null ? null : new Recorded(found);
        if (recorded != null && RequestScope.ACTIVE.get() != null) {
            READ_IN_THIS_REQUEST.set(recorded);
        }
        return recorded;
    }

    @Override
    public void deleteById(String id) {
        READ_IN_THIS_REQUEST.remove();
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, Recorded> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Recorded> found = new LinkedHashMap<>();
        Map<?, ?> sessions = jdbc.findByIndexNameAndIndexValue(indexName, indexValue);
        sessions.forEach((id, s) -> found.put((String) id, new Recorded((Session) s)));
        return found;
    }

    /**
     * After an upgrade that changed what a session holds (the signed-in user's class), what the old version wrote cannot
     * be read: such a value counts as absent — the user is no longer signed in and signs in again — instead of failing
     * every request that carries the cookie (and every sign-in of a privileged account, whose older sessions are read).
     */
    static boolean writtenByAnotherVersion(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerializationFailedException
                    || t instanceof InvalidClassException
                    || t instanceof ClassNotFoundException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void destroy() throws Exception {
        scheduler.destroy();
    }

    /** Marks the request's boundaries for the one-read-per-request memory; runs just outside Spring Session's filter. */
    static final class RequestScope extends OncePerRequestFilter implements Ordered {

        static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

        @Override
        public int getOrder() {
            return SessionRepositoryFilter.DEFAULT_ORDER - 1;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ACTIVE.set(Boolean.TRUE);
            READ_IN_THIS_REQUEST.remove();
            try {
                chain.doFilter(request, response);
            } finally {
                READ_IN_THIS_REQUEST.remove();
                ACTIVE.remove();
            }
        }
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
            try {
                return delegate.getAttribute(name);
            } catch (RuntimeException unreadable) {
                if (!writtenByAnotherVersion(unreadable)) {
                    throw unreadable;
                }
                LOG.info(
                        "session attribute {} written by an incompatible version ignored; the user signs in again",
                        name);
                return null;
            }
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
