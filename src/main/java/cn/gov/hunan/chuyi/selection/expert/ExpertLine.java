package cn.gov.hunan.chuyi.selection.expert;

import cn.gov.hunan.chuyi.region.City;
import java.util.List;

/** An expert of the pool as staff see it: name, title, fields, home organisation and city. */
public record ExpertLine(
        long id,
        String username,
        String displayName,
        String title,
        List<String> fields,
        String organizationName,
        City city,
        long version) {

    public String fieldsText() {
        return Expertise.join(fields);
    }
}
