package cn.saihan.trace.brand;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A logo's format, known by its content, never by the name or type the upload claims. An SVG is a
 * document that could carry script: it is accepted only when it has none (no {@code script} or
 * {@code foreignObject}, no {@code on…} handler, no link outside the image, no DTD), and it is served
 * besides with a policy that runs nothing, so a logo can never act on the reader's behalf.
 */
enum LogoFormat {

	PNG("image/png", "png"), SVG("image/svg+xml", "svg");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	private final String mediaType;

	private final String extension;

	LogoFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return mediaType;
	}

	String extension() {
		return extension;
	}

	static LogoFormat ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(mediaType));
	}

	/** PNG by its signature; SVG when it reads as XML whose root is an SVG element; else empty. */
	static Optional<LogoFormat> of(byte[] content) {
		if (content.length >= PNG_SIGNATURE.length
				&& Arrays.equals(Arrays.copyOf(content, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		try {
			XMLStreamReader xml = reader(content);
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					return Optional.empty();
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					return "svg".equals(xml.getLocalName()) ? Optional.of(SVG) : Optional.empty();
				}
			}
			return Optional.empty();
		}
		catch (XMLStreamException notXml) {
			return Optional.empty();
		}
	}

	/**
	 * What in an SVG could run or reach out, or empty when nothing does: read whole, element by
	 * element and attribute by attribute.
	 */
	static Optional<String> unsafeInSvg(byte[] content) {
		try {
			XMLStreamReader xml = reader(content);
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
					return Optional.of("<!DOCTYPE>");
				}
				if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
					return Optional.of("<?" + xml.getPITarget() + "?>");
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String element = xml.getLocalName().toLowerCase(Locale.ROOT);
				String namespace = xml.getNamespaceURI();
				if (namespace != null && !namespace.isEmpty() && !SVG_NAMESPACE.equals(namespace)) {
					return Optional.of("<" + xml.getLocalName() + "> of " + namespace);
				}
				if (element.equals("script") || element.equals("foreignobject") || element.equals("iframe")
						|| element.equals("embed") || element.equals("object")) {
					return Optional.of("<" + xml.getLocalName() + ">");
				}
				for (int i = 0; i < xml.getAttributeCount(); i++) {
					String name = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
					String value = xml.getAttributeValue(i).strip().toLowerCase(Locale.ROOT);
					if (name.startsWith("on")) {
						return Optional.of(xml.getAttributeLocalName(i) + "=");
					}
					if (name.equals("href") && !value.startsWith("#") && !value.startsWith("data:image/png")) {
						return Optional.of("href=" + xml.getAttributeValue(i));
					}
					if (value.contains("javascript:") || value.contains("url(http") || value.contains("url(//")
							|| value.contains("@import")) {
						return Optional.of(xml.getAttributeLocalName(i) + "=" + xml.getAttributeValue(i));
					}
				}
				if (element.equals("style")) {
					String css = xml.getElementText().toLowerCase(Locale.ROOT);
					if (css.contains("@import") || css.contains("url(") || css.contains("javascript:")) {
						return Optional.of("<style> with url() or @import");
					}
				}
			}
			return Optional.empty();
		}
		catch (XMLStreamException notXml) {
			return Optional.of("not well-formed XML");
		}
	}

	/** A reader that resolves no DTD and no outside entity (no XXE, no billion laughs). */
	private static XMLStreamReader reader(byte[] content) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		try {
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		}
		catch (IllegalArgumentException unsupported) {
			// The JDK's own factory knows it; another on the class path may not, and resolves no DTD anyway.
		}
		return factory.createXMLStreamReader(new ByteArrayInputStream(content));
	}
}
