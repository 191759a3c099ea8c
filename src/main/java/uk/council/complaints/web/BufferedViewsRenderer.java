package uk.council.complaints.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Thymeleaf's pages, rendered into an unsynchronised in-memory buffer and encoded once. micronaut-views
 * hands the engine an unbuffered OutputStreamWriter, so each of the thousands of small writes a page makes
 * (every attribute, every text) went through the charset encoder's lock: 12% of a question page's CPU in
 * the profile (docs/benchmarks.md). The page is the same, byte for byte. Rendering is CPU work with no
 * I/O, so {@link PageWriter} does it on the request's own thread rather than handing each page to the
 * blocking pool and back (micronaut-core's Writable writer is marked blocking).
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class BufferedViewsRenderer<T> extends ThymeleafViewsRenderer<T> {
    private static final int INITIAL = 16 * 1024;

    BufferedViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                          ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    @NonNull
    public Writable render(@NonNull String viewName, @Nullable T data, @Nullable HttpRequest<?> request) {
        return new Page(super.render(viewName, data, request));
    }

    /** A page to render: a Writable of its own type, so that {@link PageWriter} writes it (on the event loop). */
    static final class Page implements Writable {
        private final Writable template;

        Page(Writable template) {
            this.template = template;
        }

        String rendered() throws IOException {
            FastStringWriter buffer = new FastStringWriter(INITIAL);
            template.writeTo(buffer);
            return buffer.toString();
        }

        @Override
        public void writeTo(Writer out) throws IOException {
            out.write(rendered());
        }

        @Override
        public void writeTo(OutputStream out, @Nullable Charset charset) throws IOException {
            out.write(rendered().getBytes(charset == null ? StandardCharsets.UTF_8 : charset));
        }
    }
}
