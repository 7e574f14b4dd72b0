/**
 * Group (职业教育集团（联盟）): vocational-education groups with a lead organisation and members of every
 * kind, their joining and leaving dates and history. It tells the directory which groups an organisation
 * belongs to and the selection module which organisations are partners (an expert's conflict of interest).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "organization", "region", "program"})
package cn.gov.hunan.chuyi.group;
