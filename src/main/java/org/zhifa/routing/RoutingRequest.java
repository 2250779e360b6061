package org.zhifa.routing;

/**
 * What routing needs to know about a clue. With an item code, the line area and the territorial flag default to the
 * catalogue item's.
 *
 * @param lineArea the line area code; required unless {@code itemCode} is given
 * @param itemCode a code of the catalogue version in force, or {@code null}
 * @param areaCode where it occurred, or {@code null} when not known yet
 * @param territorial whether it is a devolved high-frequency item; {@code null} to take the item's, else false
 */
public record RoutingRequest(String lineArea, String itemCode, String areaCode, Boolean territorial) {
}
