package uk.council.complaints.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration.NettyListenerConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Two listeners when {@code portal.management.port} is set: the public one, as before (PORT, every
 * interface), and the management one, bound to 127.0.0.1 only, that serves nothing but the routes
 * given its port ({@code /prometheus}). The public listener is first, so the server's port is the public one.
 * With port 0 (the tests' default) the server has its one listener, as without this class.
 */
@Singleton
class ManagementListener implements BeanCreatedEventListener<NettyHttpServerConfiguration> {
    static final String LOOPBACK = "127.0.0.1";
    private final int managementPort;

    ManagementListener(@Value("${portal.management.port:0}") int managementPort) {
        this.managementPort = managementPort;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration server = event.getBean();
        if (managementPort <= 0 || server.getListeners() != null) {
            return server;
        }
        NettyListenerConfiguration publicListener = tcp("public", server.getHost().orElse(null), server.getPort().orElse(8080));
        NettyListenerConfiguration management = tcp("management", LOOPBACK, managementPort);
        management.setExposeDefaultRoutes(false);
        server.setListeners(List.of(publicListener, management));
        return server;
    }

    private static NettyListenerConfiguration tcp(String name, String host, int port) {
        NettyListenerConfiguration listener = new NettyListenerConfiguration(name);
        listener.setFamily(NettyListenerConfiguration.Family.TCP);
        listener.setSsl(false);
        listener.setHost(host);
        listener.setPort(port);
        return listener;
    }
}
