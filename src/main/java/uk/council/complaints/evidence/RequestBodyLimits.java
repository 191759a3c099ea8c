package uk.council.complaints.evidence;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.body.stream.BodySizeLimits;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.handler.PipeliningServerHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Every request body is bounded as it streams in, whatever its framing (chunked or Content-Length), by its route's
 * limit: the evidence upload's ({@code micronaut.server.max-request-size}), 1 MB for everything else
 * ({@code portal.evidence.form-max-request-size}). Netty hands each request to Micronaut's inbound handler, which
 * counts the body against the limits it holds when the request starts: a handler just before it sets them per request.
 * Past the limit, the rest of the body is discarded unread and the route's body fails with the 413 page (ErrorPages).
 * docs/adr/0021-save-hand-over-and-request-bodies.md
 */
@Singleton
class RequestBodyLimits implements BeanCreatedEventListener<ChannelPipelineCustomizer> {
    private static final String NAME = "portal-request-body-limits";
    private final BodySizeLimits forms;
    private final BodySizeLimits upload;
    private final BodySizeLimits register;

    RequestBodyLimits(@Value("${portal.evidence.form-max-request-size:1MB}") @ReadableBytes long formLimit,
                      @Value("${micronaut.server.max-request-size:10MB}") @ReadableBytes long uploadLimit,
                      @Value("${portal.import.max-request-size:5MB}") @ReadableBytes long importLimit) {
        this.forms = new BodySizeLimits(formLimit, formLimit);
        this.upload = new BodySizeLimits(uploadLimit, uploadLimit);
        this.register = new BodySizeLimits(importLimit, importLimit);
    }

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        ChannelPipelineCustomizer customizer = event.getBean();
        if (customizer.isServerChannel()) {
            customizer.doOnConnect(this::insert);
        }
        return customizer;
    }

    private ChannelPipeline insert(ChannelPipeline pipeline) {
        ChannelHandler inbound = pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND);
        if (inbound instanceof PipeliningServerHandler micronaut && pipeline.get(NAME) == null) {
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, NAME, new PerRoute(micronaut));
        }
        return pipeline;
    }

    BodySizeLimits limitsFor(String path) {
        if (path.equals(RequestSizeFilter.IMPORT_PATH)) {
            return register;
        }
        return path.equals(RequestSizeFilter.UPLOAD_PATH) ? upload : forms;
    }

    /** Sets the limits of each request as its head arrives, before Micronaut starts reading its body. */
    private final class PerRoute extends ChannelInboundHandlerAdapter {
        private final PipeliningServerHandler micronaut;

        private PerRoute(PipeliningServerHandler micronaut) {
            this.micronaut = micronaut;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof HttpRequest request) {
                // The raw path, not decoded: an address with a broken escape is for RequestShapeFilter to answer.
                String uri = request.uri();
                int query = uri.indexOf('?');
                micronaut.setBodySizeLimits(limitsFor(query < 0 ? uri : uri.substring(0, query)));
            }
            super.channelRead(ctx, msg);
        }
    }
}
