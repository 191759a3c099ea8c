package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Set;

/**
 * A limit on the database time of one request as a whole (ADR 0024): a database that answers each round trip
 * slowly keeps every statement under its own limit, yet a page of many statements would add them up. The clock
 * starts at the request's first statement; before each further statement the time left is checked, and once it
 * has run out the statement is refused with an {@link SQLTimeoutException} (SQLState 57014, as a statement over
 * its limit), which gives the "not available right now" page (ErrorPages) and rolls back the page's transaction.
 * A request therefore ends at most one statement after its deadline. Work outside a request (the outbox, the
 * metrics refresh, start-up) is not limited by it. Installed by {@link DatabaseTimeouts} around the driver's
 * connections, under the pool.
 */
final class RequestDeadline {
    static final String ATTRIBUTE = "portal.database.deadline";
    private static final Set<String> STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall");

    private final long budgetNanos;

    RequestDeadline(Duration budget) {
        this.budgetNanos = budget.toNanos();
    }

    /** The driver's connections, each checking the deadline before it makes a statement. */
    DataSource around(DataSource driver) {
        return proxy(DataSource.class, driver, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c && method.getName().equals("getConnection") ? connection(c) : result;
        });
    }

    private Connection connection(Connection physical) {
        return proxy(Connection.class, physical, (target, method, args) -> {
            if (STATEMENTS.contains(method.getName())) {
                check();
            }
            return invoke(target, method, args);
        });
    }

    /** Starts the request's clock at its first statement, or refuses a statement once the clock has run out. */
    void check() throws SQLTimeoutException {
        HttpRequest<?> request = ServerRequestContext.currentRequest().orElse(null);
        if (request == null) {
            return;
        }
        long now = System.nanoTime();
        Long deadline = request.getAttribute(ATTRIBUTE, Long.class).orElse(null);
        if (deadline == null) {
            request.setAttribute(ATTRIBUTE, now + budgetNanos);
        } else if (now - deadline > 0) {
            throw new SQLTimeoutException("The request's database time ran out", "57014");
        }
    }

    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> call.on(target, method, args);
        return type.cast(Proxy.newProxyInstance(RequestDeadline.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
