package uk.council.complaints.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/** {@code #assets.url('portal.css')} in every template: the one way templates name a static asset. */
@Singleton
class AssetsDialect implements BeanCreatedEventListener<TemplateEngine> {
    private final StaticAssets assets;

    AssetsDialect(StaticAssets assets) {
        this.assets = assets;
    }

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        engine.addDialect(new Dialect(assets));
        return engine;
    }

    private static final class Dialect extends AbstractDialect implements IExpressionObjectDialect {
        private final StaticAssets assets;

        Dialect(StaticAssets assets) {
            super("portal-assets");
            this.assets = assets;
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {
                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of("assets");
                }

                @Override
                public Object buildObject(IExpressionContext context, String name) {
                    return assets;
                }

                @Override
                public boolean isCacheable(String name) {
                    return true;
                }
            };
        }
    }
}
