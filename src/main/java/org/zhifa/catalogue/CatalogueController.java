package org.zhifa.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.NotFoundException;

/**
 * The catalogue API: read items and versions; import a new version (process admins only).
 */
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueController {

	static final String TEXT_CSV = "text/csv";

	private final Catalogue catalogue;

	private final CatalogueImport catalogueImport;

	private final OrganisationDirectory directory;

	CatalogueController(Catalogue catalogue, CatalogueImport catalogueImport, OrganisationDirectory directory) {
		this.catalogue = catalogue;
		this.catalogueImport = catalogueImport;
		this.directory = directory;
	}

	/** The items of a version (default: the one in force), optionally of one line area or territorial only. */
	@GetMapping("/items")
	List<CatalogueItem> items(@RequestParam(required = false) String lineArea,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) Boolean territorial) {
		if (lineArea != null && directory.lineArea(lineArea).isEmpty()) {
			throw InvalidRequestException.of("lineArea", "未知的条线：" + lineArea);
		}
		return catalogue.items(resolve(version).version(), lineArea, territorial);
	}

	@GetMapping("/items/{itemCode}")
	CatalogueItem item(@PathVariable String itemCode, @RequestParam(required = false) Integer version) {
		return catalogue.items(resolve(version).version(), null, null).stream()
			.filter(item -> item.itemCode().equals(itemCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("目录中没有事项 " + itemCode));
	}

	@GetMapping("/versions")
	List<CatalogueVersion> versions() {
		return catalogue.versions();
	}

	@GetMapping("/versions/{version}")
	CatalogueVersion version(@PathVariable int version) {
		return catalogue.version(version).orElseThrow(() -> new NotFoundException("没有目录版本 " + version));
	}

	/** Imports a version sent as the CSV body. */
	@PostMapping(path = "/versions", consumes = TEXT_CSV)
	ResponseEntity<CatalogueVersion> importCsv(@RequestBody byte[] body,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam String label, @RequestParam(required = false) String fileName) {
		return created(catalogueImport.importVersion(utf8(body),
				new CatalogueImport.ImportRequest(effectiveFrom, label, fileName)));
	}

	/** Imports a version uploaded as the form field {@code file}: a UTF-8 CSV file or an XLSX workbook. */
	@PostMapping(path = "/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CatalogueVersion> importFile(@RequestParam MultipartFile file,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam String label) {
		byte[] content = bytes(file);
		List<CatalogueCsv.Row> rows = CatalogueXlsx.looksLikeXlsx(content) ? workbook(content)
				: CatalogueCsv.parse(utf8(content));
		return created(catalogueImport.importRows(rows,
				new CatalogueImport.ImportRequest(effectiveFrom, label, file.getOriginalFilename())));
	}

	private CatalogueVersion resolve(Integer version) {
		if (version == null) {
			return catalogue.versionInForce().orElseThrow(() -> new NotFoundException("尚无生效的目录版本"));
		}
		return catalogue.version(version)
			.orElseThrow(() -> InvalidRequestException.of("version", "没有目录版本 " + version));
	}

	private static ResponseEntity<CatalogueVersion> created(CatalogueVersion version) {
		return ResponseEntity.created(URI.create("/api/v1/catalogue/versions/" + version.version())).body(version);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<CatalogueCsv.Row> workbook(byte[] content) {
		try {
			return CatalogueXlsx.parse(content);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of("file", "无法读取 XLSX 工作簿的第一个工作表");
		}
	}

	/** Decodes strictly, so that a GBK export from a spreadsheet is refused instead of imported garbled. */
	private static String utf8(byte[] body) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw InvalidRequestException.of("file", "文件不是 UTF-8 编码，请另存为 UTF-8 CSV");
		}
	}

}
