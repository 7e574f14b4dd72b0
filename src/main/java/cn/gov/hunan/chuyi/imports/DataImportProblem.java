package cn.gov.hunan.chuyi.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** One problem a check found in an uploaded workbook; written once. */
@Entity
@Table(name = "data_import_problem")
class DataImportProblem {

    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id")
    private long importId;

    @Column(name = "row_number")
    private int rowNumber;

    @Column(name = "column_key")
    private String columnKey;

    @Column(name = "message_key")
    private String messageKey;

    private String arguments;

    protected DataImportProblem() {}

    DataImportProblem(long importId, RowProblem problem) {
        this.importId = importId;
        this.rowNumber = problem.row();
        this.columnKey = problem.columnKey();
        this.messageKey = problem.messageKey();
        String joined = String.join(SEPARATOR, problem.arguments());
        this.arguments = joined.isEmpty() ? null : joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    RowProblem toProblem() {
        return new RowProblem(
                rowNumber,
                columnKey,
                messageKey,
                arguments == null ? List.of() : List.of(arguments.split(SEPARATOR, -1)));
    }
}
