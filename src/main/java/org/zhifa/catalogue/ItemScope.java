package org.zhifa.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The sub-area of a {@code FOREST_WATER} (林水) item. Only scenic-area, West Lake water and wetland items are
 * comprehensive; forestry and water-conservancy items elsewhere go to the planning and natural-resources team
 * (seed 三、(一)2). The routing tables read it as the decision input {@code itemScope}.
 */
public enum ItemScope {

	SCENIC("风景名胜"), WEST_LAKE_WATER("西湖水域"), WETLAND("湿地"), FORESTRY("林业"), WATER_CONSERVANCY("水利");

	private final String label;

	ItemScope(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The scope named by its code or its Chinese label. */
	public static Optional<ItemScope> parse(String text) {
		return Arrays.stream(values())
			.filter(scope -> scope.name().equals(text) || scope.label.equals(text))
			.findFirst();
	}

}
