package uk.council.complaints.web;

import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.body.TypedMessageBodyWriter;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a rendered Thymeleaf page ({@link BufferedViewsRenderer.Page}) without a hop to the blocking pool. */
@Singleton
class PageWriter implements TypedMessageBodyWriter<BufferedViewsRenderer.Page> {

    @Override
    public Argument<BufferedViewsRenderer.Page> getType() {
        return Argument.of(BufferedViewsRenderer.Page.class);
    }

    @Override
    public boolean isBlocking() {
        return false;
    }

    @Override
    public void writeTo(Argument<BufferedViewsRenderer.Page> type, MediaType mediaType, BufferedViewsRenderer.Page page,
                        MutableHeaders headers, OutputStream out) throws CodecException {
        if (mediaType != null) {
            headers.setIfMissing(HttpHeaders.CONTENT_TYPE, mediaType);
        }
        try {
            page.writeTo(out, MessageBodyWriter.getCharset(mediaType, headers));
            out.flush();
        } catch (IOException e) {
            throw new CodecException("Error writing a page", e);
        }
    }
}
