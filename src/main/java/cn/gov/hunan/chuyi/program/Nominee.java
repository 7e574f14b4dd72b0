package cn.gov.hunan.chuyi.program;

/** What a programme's nominations put forward. */
public enum Nominee {
    /** an organisation applies for itself (学校/单位申报) */
    ORGANIZATION,
    /** schools nominate people (传承人) */
    PERSON,
    /** no selection: the department designates (e.g. the think-tank) */
    DESIGNATED
}
