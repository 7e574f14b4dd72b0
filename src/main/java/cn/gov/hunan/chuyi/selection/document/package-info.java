/**
 * A round's official documents: the 文号 of its 公示 notice and 立项 list (set by province staff) and the two PDFs
 * that carry them, drawn with {@code shared.HtmlPdf}.
 */
package cn.gov.hunan.chuyi.selection.document;
