import { squash } from '../../shared/text';

// The signed-in shop's name from the Seller Center header, when the page shows it.
// No public evidence of the real markup exists here, so this looks for a header element whose
// class or test id names the shop; null (not a guess) otherwise, and records fall back to the host.
export function findShopName(root: ParentNode): string | null {
  const el = root.querySelector(
    '[data-shop-name], header [class*="shop-name"], header [class*="shopName"], [class*="header"] [class*="shop-name"], [class*="header"] [class*="shopName"], [data-testid*="shop-name"], [data-tid*="shop-name"]',
  );
  const name = squash(el?.getAttribute('data-shop-name') || el?.textContent);
  return name && name.length <= 300 ? name : null;
}
