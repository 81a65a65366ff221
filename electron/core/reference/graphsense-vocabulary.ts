/**
 * The GraphSense vocabularies a TagPack is validated against, copied from graphsense-tagpack-tool
 * (https://github.com/graphsense/graphsense-tagpack-tool, commit a14a1597, src/tagpack/db/concepts.yaml and
 * confidence.csv; MIT, (c) 2021 Austrian Institute of Technology GmbH, (c) Iknaio Cryptoasset Analytics GmbH).
 * Assay adds `hash_rental_marketplace`, which the taxonomy lacks (DESIGN 4).
 */
export const CONCEPTS: ReadonlySet<string> = new Set([
  'abuse', 'account_hack', 'atm', 'behaviour', 'child_sexual_abuse', 'coinjoin', 'cold_wallet', 'collectible',
  'concept', 'counterfeit', 'dark_web', 'data_breach', 'defi', 'defi_bridge', 'defi_custody', 'defi_dao',
  'defi_derivatives', 'defi_dex', 'defi_dex_pair', 'defi_lending', 'defi_staking', 'defi_token', 'donation', 'drugs',
  'entity', 'escrow_wallet', 'exchange', 'exploit', 'extortion', 'extremism', 'faucet', 'filesharing',
  'financial_crime', 'forum_mention', 'gambling', 'gray_usage', 'hacking', 'hosting', 'hot_wallet',
  'human_trafficking', 'ico_wallet', 'index', 'investment_fraud', 'item', 'malware', 'market', 'mention',
  'messaging_service', 'miner', 'mining_service', 'mixing', 'mixing_service', 'money_laundering', 'murder',
  'nameservice', 'organization', 'payment_card_fraud', 'payment_processor', 'perpetrator', 'phishing',
  'ponzi_scheme', 'pyramid_scheme', 'ransomware', 'sanction', 'scam', 'search_engine', 'service', 'service_hack',
  'sextortion', 'sexual_abuse', 'shop', 'social_engineering', 'source', 'terrorism', 'terrorism_financing',
  'torture', 'unknown', 'user', 'victim', 'violence', 'vpn', 'wallet_service', 'warm_wallet', 'weapons',
  'website_mention', 'white_usage', 'hash_rental_marketplace',
]);

/** Confidence ids and their scores (5..100). */
export const CONFIDENCE_SCORES: ReadonlyMap<string, number> = new Map([
  ['override', 100],
  ['ownership', 100],
  ['ledger_immanent', 100],
  ['manual_transaction', 90],
  ['service_api', 70],
  ['forensic_investigation', 70],
  ['authority_data', 60],
  ['trusted_provider', 50],
  ['service_data', 50],
  ['forensic', 50],
  ['untrusted_transaction', 40],
  ['web_crawl', 20],
  ['heuristic', 10],
  ['unknown', 5],
]);
