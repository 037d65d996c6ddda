// Seller Center's preset role names, per locale, as public sources spell them; the not-owner tooltip quotes one only
// when the header shows exactly one of these. Apart from text.ts so that only the lazy UI chunk carries them.
// English, each name read verbatim in an English source:
//   "Main Administrator": Seller University (US), "How To Access User Management"
//     (seller-us.tiktok.com/university/essay?knowledge_id=6837907030279937): after account binding "the original owner
//     account of a bound store becomes a sub-account with Main Administrator role".
//   "Customer Service Agent": Seller University (VN, English), "Access Management on Seller Center"
//     (seller-vn.tiktok.com/university/essay?knowledge_id=6837778147460865): "a sub-account with the role Customer
//     Service Agent".
// Both are among the eight preset roles of TikTok's "Roles and permissions in Seller Center"
// (ads.tiktok.com/help/article/roles-and-permissions-in-seller-center); only its Polish version could be read here, so
// the six other roles' English names are left out until the English page is (docs/seller-center.md).
export const ACCOUNT_ROLES: Record<string, string[]> = {
  en: ['Main Administrator', 'Customer Service Agent'],
};
