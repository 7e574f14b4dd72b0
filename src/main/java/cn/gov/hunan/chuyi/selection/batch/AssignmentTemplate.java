package cn.gov.hunan.chuyi.selection.batch;

import cn.gov.hunan.chuyi.account.PortalUser;
import cn.gov.hunan.chuyi.selection.expert.ExpertLine;
import cn.gov.hunan.chuyi.selection.expert.ExpertPool;
import cn.gov.hunan.chuyi.selection.review.AssignmentLine;
import cn.gov.hunan.chuyi.selection.review.AssignmentService;
import cn.gov.hunan.chuyi.selection.round.RoundService;
import cn.gov.hunan.chuyi.selection.round.RoundSummary;
import cn.gov.hunan.chuyi.shared.CellText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment sheet's template for one round (专家分配表模板), in the reader's language: the first sheet is the one
 * {@link AssignmentSheet} reads — per nomination that may get experts (eligible or under review), as many rows as it
 * still needs experts (at least one), its number in column A, column B left for the expert's sign-in name (a drop-down
 * of the pool), then its title, organisation and present experts for reference; a second sheet lists the pool (sign-in
 * name, name, organisation, title, fields), a third says how to fill it. Not the imports module's TemplateWorkbook:
 * imports depends on selection, and the sheet here is prefilled with the round's rows.
 */
@Component
class AssignmentTemplate {

    private final RoundService rounds;
    private final AssignmentService assignments;
    private final ExpertPool pool;
    private final MessageSource messages;

    AssignmentTemplate(RoundService rounds, AssignmentService assignments, ExpertPool pool, MessageSource messages) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.pool = pool;
        this.messages = messages;
    }

    /** The workbook; 404 for a round the viewer may not see. */
    @Transactional(readOnly = true)
    public byte[] build(long roundId, PortalUser viewer, Locale locale) {
        RoundSummary round = rounds.get(roundId, viewer);
        List<AssignmentLine> lines = assignments.assignmentsOf(roundId);
        List<ExpertLine> experts = pool.all();
        return write(round, lines, experts, locale);
    }

    private byte[] write(RoundSummary round, List<AssignmentLine> lines, List<ExpertLine> experts, Locale locale) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            String poolName = WorkbookUtil.createSafeSheetName(text(locale, "selection.batch.template.poolSheet"));
            Sheet data = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(text(locale, "selection.batch.template.sheet")));
            Sheet poolSheet = workbook.createSheet(poolName);
            Sheet instructions = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(text(locale, "selection.batch.template.instructionsSheet")));

            headers(data, header, locale, "number", "expert", "title", "organization", "assigned");
            int next = 1;
            for (AssignmentLine line : lines) {
                var present =
                        line.experts().stream().filter(e -> !e.withdrawn()).toList();
                int rows = Math.max(1, round.expertsPerNomination() - present.size());
                String named = present.stream().map(AssignmentLine.Expert::name).collect(Collectors.joining("、"));
                for (int i = 0; i < rows; i++) {
                    Row row = data.createRow(next++);
                    row.createCell(0).setCellValue(line.nominationId());
                    text(row, 2, line.title(), quoted);
                    text(row, 3, line.organizationName(), quoted);
                    text(row, 4, named, quoted);
                }
            }
            int[] widths = {12, 20, 40, 30, 30};
            for (int i = 0; i < widths.length; i++) {
                data.setColumnWidth(i, widths[i] * 256);
            }
            data.createFreezePane(0, 1);

            headers(poolSheet, header, locale, "username", "name", "organization", "expertTitle", "fields");
            int p = 1;
            for (ExpertLine expert : experts) {
                Row row = poolSheet.createRow(p++);
                text(row, 0, expert.username(), quoted);
                text(row, 1, expert.displayName(), quoted);
                text(row, 2, expert.organizationName(), quoted);
                text(row, 3, expert.title(), quoted);
                text(row, 4, String.join("、", expert.fields()), quoted);
            }
            for (int i = 0; i < 5; i++) {
                poolSheet.setColumnWidth(i, 24 * 256);
            }
            poolSheet.createFreezePane(0, 1);
            if (!experts.isEmpty()) {
                var helper = data.getDataValidationHelper();
                var validation = helper.createValidation(
                        helper.createFormulaListConstraint(
                                "'" + poolName.replace("'", "''") + "'!$A$2:$A$" + (experts.size() + 1)),
                        new CellRangeAddressList(1, Math.max(next - 1, 1) + 200, 1, 1));
                validation.setShowErrorBox(false);
                data.addValidationData(validation);
            }

            instructions.setColumnWidth(0, 110 * 256);
            String[] keys = {"intro", "rows", "expert", "more", "blank", "confirm"};
            for (int i = 0; i < keys.length; i++) {
                instructions
                        .createRow(i)
                        .createCell(0)
                        .setCellValue(text(
                                locale,
                                "selection.batch.template.instruction." + keys[i],
                                round.title(),
                                round.expertsPerNomination(),
                                AssignmentSheet.MAX_ROWS));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void headers(Sheet sheet, CellStyle style, Locale locale, String... columns) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(text(locale, "selection.batch.template.column." + columns[i]));
            cell.setCellStyle(style);
        }
    }

    /** Typed text stays text: one that starts like a formula is shown quoted, never evaluated. */
    private static void text(Row row, int column, String value, CellStyle quoted) {
        if (value == null || value.isEmpty()) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (CellText.startsLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
