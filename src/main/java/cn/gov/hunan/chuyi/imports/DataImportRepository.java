package cn.gov.hunan.chuyi.imports;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataImportRepository extends JpaRepository<DataImport, Long> {

    List<DataImport> findTop20ByKindAndScopeOrderByUploadedAtDesc(ImportKind kind, String scope);
}
