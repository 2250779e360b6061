package org.zhifa.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The steps a person takes in Camunda Tasklist: open a filter, open a task, claim it, fill and complete its form. */
final class Tasklist {

	private final Browser browser;

	Tasklist(Browser browser) {
		this.browser = browser;
	}

	void openFilter(String name) {
		// A click by script: the tooltip of the filter above may cover the link.
		browser.script("arguments[0].click()", browser.clickable(
				By.xpath("//div[contains(@class,'task-filter')]//a[contains(.,'" + name + "')]")));
		browser.visible(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//a[contains(.,'"
				+ name + "')]"));
		browser.waitUntil(driver -> !driver.findElements(By.cssSelector("[cam-tasks] .loader.ng-hide")).isEmpty());
	}

	/** Opens the task whose card shows the text (a clue or case number) in the filter. */
	void openTaskOf(String filter, String text) {
		openFilter(filter);
		click(browser.clickable(By.xpath("//li[contains(@class,'task')][contains(.,'" + text + "')]//h4/a")));
	}

	void claim() {
		click(browser.clickable(By.xpath("//button[contains(normalize-space(.),'签收')]")));
		browser.visible(By.cssSelector(".fjs-form"));
	}

	void complete() {
		click(browser.clickable(By.xpath("//button[normalize-space(.)='完成']")));
	}

	void chooseRadio(String group, String option) {
		click(browser.clickable(By.xpath("//div[contains(@class,'fjs-form-field')][.//*[contains(.,'" + group + "')]]"
				+ "//label[normalize-space(.)='" + option + "']")));
	}

	/** Types into the text field or text area whose label contains the text. */
	void type(String label, String text) {
		browser.visible(field(label)).sendKeys(text);
	}

	/** Replaces what the text field or text area whose label contains the text holds. */
	void replace(String label, String text) {
		WebElement field = browser.visible(field(label));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		field.sendKeys(text);
	}

	private static By field(String label) {
		return By.xpath("//*[self::input or self::textarea][@id=//label[contains(.,'" + label + "')]/@for]");
	}

	/** Scrolls the element to the middle first: the task's footer bar may cover what sits at the bottom. */
	private void click(org.openqa.selenium.WebElement element) {
		browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException coveredWhileTheFormLaysOut) {
			// The form may still be moving its rows; a click by script reaches the element all the same.
			browser.script("arguments[0].click()", element);
		}
	}

}
