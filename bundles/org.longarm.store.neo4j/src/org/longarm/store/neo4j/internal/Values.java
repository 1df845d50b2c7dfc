package org.longarm.store.neo4j.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neo4j.driver.Value;

/**
 * Converts attribute values between EMF and Neo4j. Types Neo4j has (strings, numbers, booleans, dates and times)
 * are stored as such, so that Cypher can compare them; enumerations as their literal; any other data type as
 * EMF's string form of it.
 */
final class Values {

    private Values() {
    }

    /** The value to store for {@code attribute} of {@code object}, or null when unset. */
    static Object toStored(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        if (attribute.isMany()) {
            List<Object> stored = new ArrayList<>();
            for (Object element : (List<?>) value) {
                Object converted = toStored(attribute.getEAttributeType(), element);
                if (converted != null) {
                    stored.add(converted);
                }
            }
            return stored.isEmpty() ? null : stored;
        }
        // an unset unsettable attribute (a product line's relation left empty) is not its default: stored as none
        if (!object.eIsSet(attribute) && (attribute.isUnsettable() || attribute.getDefaultValue() == null)) {
            return null;
        }
        return toStored(attribute.getEAttributeType(), value);
    }

    static Object toStored(EDataType type, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enumerator enumerator) {
            return enumerator.getLiteral();
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double
                || value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime
                || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return EcoreUtil.convertToString(type, value);
    }

    /** Sets {@code attribute} of {@code object} from a stored value (a missing value unsets it). */
    static void fromStored(EObject object, EAttribute attribute, Value stored) {
        if (stored == null || stored.isNull()) {
            object.eUnset(attribute);
            return;
        }
        EDataType type = attribute.getEAttributeType();
        if (attribute.isMany()) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) object.eGet(attribute);
            list.clear();
            for (Value element : stored.values()) {
                list.add(fromStored(type, element));
            }
        } else {
            object.eSet(attribute, fromStored(type, stored));
        }
    }

    static Object fromStored(EDataType type, Value stored) {
        Class<?> javaType = type.getInstanceClass();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(stored.asString());
            if (literal == null) {
                throw new IllegalStateException("'" + stored.asString() + "' is not a literal of " + eEnum.getName());
            }
            return literal.getInstance();
        }
        if (javaType == String.class) {
            return stored.asString();
        }
        if (javaType == boolean.class || javaType == Boolean.class) {
            return stored.asBoolean();
        }
        if (javaType == long.class || javaType == Long.class) {
            return stored.asLong();
        }
        if (javaType == int.class || javaType == Integer.class) {
            return (int) stored.asLong();
        }
        if (javaType == short.class || javaType == Short.class) {
            return (short) stored.asLong();
        }
        if (javaType == byte.class || javaType == Byte.class) {
            return (byte) stored.asLong();
        }
        if (javaType == double.class || javaType == Double.class) {
            return stored.asDouble();
        }
        if (javaType == float.class || javaType == Float.class) {
            return (float) stored.asDouble();
        }
        if (javaType == LocalDate.class) {
            return stored.asLocalDate();
        }
        if (javaType == LocalDateTime.class) {
            return stored.asLocalDateTime();
        }
        if (javaType == LocalTime.class) {
            return stored.asLocalTime();
        }
        if (javaType == OffsetDateTime.class) {
            return stored.asOffsetDateTime();
        }
        if (javaType == ZonedDateTime.class) {
            return stored.asZonedDateTime();
        }
        if (javaType == Instant.class) {
            return stored.asOffsetDateTime().toInstant();
        }
        return EcoreUtil.createFromString(type, stored.asString());
    }
}
