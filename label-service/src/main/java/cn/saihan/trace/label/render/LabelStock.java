package cn.saihan.trace.label.render;

import java.util.Arrays;
import java.util.Optional;

/**
 * The label stock farmers buy, as sheets are laid out for it. Sizes in millimetres. A4 sticker
 * sheets are cut edge to edge (3 × 70 × 37 mm, 4 × 52.5 × 29.7 mm), so their codes keep clear of
 * the page edges that office printers cannot reach; roll labels are one per page, the page the
 * size of the label, as label printers expect. Codes are as large as the label allows, their
 * modules whole printer dots ({@link SheetRenderer}).
 */
public enum LabelStock {

	/** A4 paper cut by hand: 4 × 5 labels, the code above product, lot and short code. */
	A4_20("a4-20", 210, 297, 4, 5, 12, 12, Style.STACKED, 31, 0, false),

	/** A4 sticker sheet of 3 × 8 labels of 70 × 37 mm, with cut marks. */
	A4_3X8("a4-3x8", 210, 297, 3, 8, 0, 0.5f, Style.SIDE_BY_SIDE, 31, 4, true),

	/** A4 sticker sheet of 4 × 10 labels of 52.5 × 29.7 mm, with cut marks. */
	A4_4X10("a4-4x10", 210, 297, 4, 10, 0, 0, Style.SIDE_BY_SIDE, 23, 3, true),

	/** Thermal roll label of 50 × 30 mm, one per page. */
	ROLL_50X30("roll-50x30", 50, 30, 1, 1, 0, 0, Style.SIDE_BY_SIDE, 28.5f, 0.75f, false),

	/** Thermal roll label of 40 × 30 mm, one per page. */
	ROLL_40X30("roll-40x30", 40, 30, 1, 1, 0, 0, Style.SIDE_BY_SIDE, 22.5f, 0.75f, false);

	/** How a label's parts are arranged. */
	enum Style {
		/** The code on top, the texts under it, centred. */
		STACKED,
		/** The code on the left, the texts in a column on its right. */
		SIDE_BY_SIDE
	}

	private final String parameter;

	final float pageWidth;

	final float pageHeight;

	final int columns;

	final int rows;

	final float marginX;

	final float marginY;

	final Style style;

	final float maxCodeSide;

	final float codeInset;

	final boolean cutMarks;

	LabelStock(String parameter, float pageWidth, float pageHeight, int columns, int rows, float marginX, float marginY,
			Style style, float maxCodeSide, float codeInset, boolean cutMarks) {
		this.parameter = parameter;
		this.pageWidth = pageWidth;
		this.pageHeight = pageHeight;
		this.columns = columns;
		this.rows = rows;
		this.marginX = marginX;
		this.marginY = marginY;
		this.style = style;
		this.maxCodeSide = maxCodeSide;
		this.codeInset = codeInset;
		this.cutMarks = cutMarks;
	}

	/** The name of the stock in a request, e.g. {@code roll-50x30}. */
	public String parameter() {
		return parameter;
	}

	/** Labels on one page. */
	public int perPage() {
		return columns * rows;
	}

	float cellWidth() {
		return (pageWidth - 2 * marginX) / columns;
	}

	float cellHeight() {
		return (pageHeight - 2 * marginY) / rows;
	}

	public static Optional<LabelStock> ofParameter(String parameter) {
		return Arrays.stream(values()).filter(stock -> stock.parameter.equalsIgnoreCase(parameter)).findFirst();
	}
}
