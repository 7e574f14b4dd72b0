package cn.gov.hunan.chuyi.shared;

import java.util.Collection;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * The HQL predicate {@code array_has(:values, x)}: whether {@code x} equals an element of the array bound to
 * {@code :values}, rendered {@code x = any(?)} on PostgreSQL and on H2 (both look the values up in an index on
 * {@code x}). It replaces {@code x in :list} and {@code findAllById} on the busy pages: Hibernate never keeps the SQL
 * of a query with a list parameter (it depends on the list's size) nor of a Criteria query, and translates them again
 * on every execution, while a query with one array parameter is translated once (docs/performance.md, "Fourth
 * sitting"). Bind the values with {@link #of(Collection)} or {@link #names(Collection)}; an empty array matches no row.
 *
 * <p>The array comes first on purpose: Hibernate lets a parameter in a function's last place take a list, and a query
 * with such a parameter is again never kept. Hibernate's own {@code array_contains(:values, x)} is kept too, but renders
 * {@code ? @> array[x]} on PostgreSQL, which no index on {@code x} serves.
 *
 * <p>Registered with Hibernate through {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public final class ArrayHas implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions
                .getFunctionRegistry()
                .registerPattern(
                        "array_has",
                        "(?2 = any(?1))",
                        functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }

    /** The ids as one array parameter for {@code array_has}. */
    public static Long[] of(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /**
     * The names of enum constants as one array parameter for {@code array_has} on a column the entity maps with
     * {@code EnumType.STRING} (an array of the enum itself would be bound by ordinal).
     */
    public static String[] names(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toArray(String[]::new);
    }
}
