package uk.council.complaints.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.handler.PipeliningServerHandler;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A request body must arrive whole within a deadline from its head (ADR 0024): {@code portal.server.body-deadline}
 * (30 s) for a form, {@code portal.server.upload-body-deadline} (5 minutes) for a multipart upload (the evidence
 * file). A body that trickles a few bytes a second is never idle, so the idle timeout alone would keep it for ever.
 * Past the deadline the connection gets a bare 408 (no page: a client still sending its body reads no answer before
 * it has sent it) and is closed; one DEBUG line, as for a client that hangs up. Set beside issue 20's
 * {@code evidence.RequestBodyLimits}, just before Micronaut's handler, on HTTP/1 connections.
 */
@Singleton
class BodyDeadline implements BeanCreatedEventListener<ChannelPipelineCustomizer> {
    private static final String NAME = "portal-body-deadline";
    private static final Logger LOG = LoggerFactory.getLogger(BodyDeadline.class);
    private final long formNanos;
    private final long uploadNanos;

    BodyDeadline(@Value("${portal.server.body-deadline:30s}") Duration form,
                 @Value("${portal.server.upload-body-deadline:5m}") Duration upload) {
        this.formNanos = form.toNanos();
        this.uploadNanos = upload.toNanos();
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
        if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) instanceof PipeliningServerHandler
                && pipeline.get(NAME) == null) {
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, NAME, new PerConnection());
        }
        return pipeline;
    }

    private long deadlineFor(HttpRequest request) {
        String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE, "");
        return type.regionMatches(true, 0, "multipart/", 0, 10) ? uploadNanos : formNanos;
    }

    /** Starts a timer when a request's head announces a body, stops it when the body's last part arrives. */
    private final class PerConnection extends ChannelDuplexHandler {
        private ScheduledFuture<?> timer;
        private boolean answered;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof HttpRequest request) {
                stop();
                answered = false;
                if (HttpUtil.isTransferEncodingChunked(request) || HttpUtil.getContentLength(request, 0L) > 0) {
                    String what = request.method() + " " + request.uri().split("\\?", 2)[0];
                    timer = ctx.executor().schedule(() -> expire(ctx, what), deadlineFor(request), TimeUnit.NANOSECONDS);
                }
            }
            if (msg instanceof LastHttpContent) {
                stop();
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof HttpResponse) {
                answered = true;
            }
            super.write(ctx, msg, promise);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            stop();
            super.channelInactive(ctx);
        }

        private void expire(ChannelHandlerContext ctx, String what) {
            timer = null;
            LOG.debug("The body of {} did not arrive within its deadline: connection closed", what);
            if (answered) {
                ctx.close();
                return;
            }
            FullHttpResponse timeout = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_TIMEOUT);
            timeout.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE).setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
            ctx.writeAndFlush(timeout).addListener(ChannelFutureListener.CLOSE);
        }

        private void stop() {
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
        }
    }
}
