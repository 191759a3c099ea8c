package uk.council.complaints.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import org.thymeleaf.TemplateEngine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code ${field.label}} on a record, read through the record's own accessor. OGNL looks for a
 * {@code getLabel()} first and, not finding one, searched every public method of the class by name on
 * every read (Class.getMethods and a lower-casing per method): a tenth of a question page's rendering
 * in the profile (docs/benchmarks.md). Only record components are read here; anything else goes to
 * OGNL as before, with Thymeleaf's restrictions on what a template may call unchanged.
 */
@Singleton
class RecordProperties implements BeanCreatedEventListener<TemplateEngine> {
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.put(component.getName(), accessor);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        OgnlRuntime.setPropertyAccessor(Record.class, new Accessor());
        return event.getBean();
    }

    static final class Accessor extends ObjectPropertyAccessor {
        @Override
        @SuppressWarnings("rawtypes")
        public Object getProperty(Map context, Object target, Object name) throws OgnlException {
            Method accessor = target == null || !(name instanceof String s) ? null : COMPONENTS.get(target.getClass()).get(s);
            if (accessor == null) {
                return super.getProperty(context, target, name);
            }
            try {
                return accessor.invoke(target);
            } catch (IllegalAccessException e) {
                throw new OgnlException(String.valueOf(name), e);
            } catch (InvocationTargetException e) {
                throw new OgnlException(String.valueOf(name), e.getCause() instanceof Exception x ? x : e);
            }
        }
    }
}
