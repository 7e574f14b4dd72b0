/**
 * Attachment (附件): stores uploaded evidence on disk outside the web root, judged by content (magic
 * bytes), with a SHA-256; reads it back for a download. Who may read a file is decided by the module
 * that owns the record it belongs to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package cn.gov.hunan.chuyi.attachment;
