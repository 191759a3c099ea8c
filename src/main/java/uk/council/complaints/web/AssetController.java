package uk.council.complaints.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * Fingerprinted assets ({@link StaticAssets}): a name with the current hash is kept a year by anyone
 * ({@code immutable}: it never changes); another release's hash gets the current content, uncached.
 * Text is compressed by the server when the browser accepts it (micronaut.server.netty.compression-*).
 */
@Controller(StaticAssets.PREFIX)
class AssetController {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private final StaticAssets assets;

    AssetController(StaticAssets assets) {
        this.assets = assets;
    }

    @Get(value = "/{file}", produces = MediaType.ALL) // each file its own type
    HttpResponse<byte[]> asset(String file) {
        return assets.forFile(file)
                .map(a -> HttpResponse.ok(a.content()).contentType(MediaType.of(a.contentType()))
                        .header("Cache-Control", a.url().endsWith("/" + file) ? IMMUTABLE : "no-cache"))
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND));
    }
}
