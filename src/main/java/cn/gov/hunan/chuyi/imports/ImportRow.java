package cn.gov.hunan.chuyi.imports;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A data row whose cells have been read by their column's type: text stripped (null when empty), numbers as
 * {@link BigDecimal}, yes/no as {@link Boolean}, choices as their code. Cells that failed their type are absent and
 * the row's problems say why.
 */
public record ImportRow(int number, Map<String, Object> values) {

    public String text(String key) {
        return (String) values.get(key);
    }

    public BigDecimal number(String key) {
        return (BigDecimal) values.get(key);
    }

    public boolean yes(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }
}
