// `npm run wallet -- pay <pairing-uri>`: the phone's part from a terminal.
// `npm run wallet -- pay-invoice '<invoice link>'`: pays an invoice from its link.
//   --wallet FILE   where the wallet's keys live (default ./data/wallet.json)
//   --server URL    the validation server for a new wallet (default http://127.0.0.1:4100)
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CURRENCY_MINOR_UNITS, type Currency, reasonText } from '../protocol/index.ts';
import { parseInvoiceLink } from '../protocol/invoice-link.ts';
import {
  enrollWallet,
  pay,
  payInvoice,
  requestAllowance,
  type WalletFile,
  walletFileSchema,
  type WalletRuntime,
} from './client.ts';

const runtime: WalletRuntime = {
  nowMs: () => Date.now(),
  random: (length) => new Uint8Array(randomBytes(length)),
};

function saveWallet(path: string, wallet: WalletFile): void {
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename: a crash never leaves a half-written key file.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(wallet, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

async function loadOrEnroll(path: string, serverUrl: string): Promise<WalletFile> {
  if (existsSync(path)) return walletFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  console.log(`wallet: no wallet at ${path}; enrolling a new one with ${serverUrl}`);
  const wallet = await enrollWallet(serverUrl, runtime);
  saveWallet(path, wallet);
  console.log(`wallet: enrolled ${wallet.walletId}`);
  return wallet;
}

function formatAmount(amountMinor: number, currency: keyof typeof CURRENCY_MINOR_UNITS): string {
  const exponent = CURRENCY_MINOR_UNITS[currency];
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amountMinor / 10 ** exponent);
}

/**
 * --offline: after paying a merchant online, keep an offline allowance there, so the next
 * payment works even if the merchant's internet is down. The server reserves its cap.
 */
async function keepAllowance(path: string, wallet: WalletFile, merchantId: string, currency: Currency) {
  const updated = await requestAllowance(wallet, { merchantId, currency }, runtime);
  saveWallet(path, updated);
  const limits = updated.offline!.allowance.body;
  console.log(
    `wallet: offline allowance ready here: up to ${formatAmount(limits.perPaymentMaxMinor, currency)} a payment, ` +
      `${formatAmount(limits.capMinor, currency)} in all (reserved from your balance), ${limits.maxCount} payments, ` +
      `until ${new Date(limits.expiresAt).toLocaleString()}`,
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      wallet: { type: 'string', default: process.env.HSPOS_WALLET ?? './data/wallet.json' },
      server: { type: 'string', default: process.env.HSPOS_SERVER_URL ?? 'http://127.0.0.1:4100' },
      offline: { type: 'boolean', default: false },
    },
  });
  const [command, uri] = positionals;
  if ((command !== 'pay' && command !== 'pay-invoice') || !uri) {
    console.error('usage: npm run wallet -- pay <pairing-uri> [--offline] [--wallet FILE] [--server URL]');
    console.error("       npm run wallet -- pay-invoice '<link>' [--wallet FILE] [--server URL]");
    return 2;
  }
  // A link that is not one fails before any wallet is made or server asked.
  if (command === 'pay-invoice') parseInvoiceLink(uri);
  const path = resolve(values.wallet);
  const wallet = await loadOrEnroll(path, values.server);
  if (command === 'pay-invoice') return payInvoiceCommand(path, wallet, uri);
  const result = await pay(wallet, uri, runtime, {
    approve: (request) => {
      const { merchantName, amountMinor, currency } = request.body;
      console.log(`wallet: approving ${formatAmount(amountMinor, currency)} to ${merchantName}`);
      return true;
    },
    onWalletChange: (changed) => saveWallet(path, changed),
  });
  if (result.status === 'settled') {
    const receipt = result.receipt.body;
    console.log(
      `wallet: paid ${formatAmount(receipt.amountMinor, receipt.currency)}; receipt ${receipt.transactionId} verified (server signature ok)`,
    );
    if (values.offline) await keepAllowance(path, wallet, receipt.merchantId, receipt.currency);
    return 0;
  }
  if (result.status === 'offline_pending') {
    const { amountMinor, currency } = result.request.body;
    console.log(
      `wallet: the console is offline and accepted ${formatAmount(amountMinor, currency)} against this wallet's offline allowance; the server's receipt follows when it syncs`,
    );
    return 0;
  }
  console.error(`wallet: ${result.status}: ${reasonText(result.reason)} (${result.reason})`);
  return 1;
}

/** Shows the invoice, approves it with a fresh OTP, and checks the server's receipt. */
async function payInvoiceCommand(path: string, wallet: WalletFile, link: string): Promise<number> {
  const result = await payInvoice(wallet, link, runtime, {
    approve: (invoice, request) => {
      const { merchantName, amountMinor, currency } = request.body;
      const lines = invoice.lines.map((line) => `${line.quantity} × ${line.label}`).join(', ');
      console.log(`wallet: invoice from ${merchantName} due ${invoice.dueDay}: ${lines}`);
      const total = formatAmount(invoice.totalMinor, currency);
      console.log(`wallet: approving ${formatAmount(amountMinor, currency)} (of ${total})`);
      return true;
    },
    onWalletChange: (changed) => saveWallet(path, changed),
  });
  if (result.status === 'settled') {
    const receipt = result.receipt.body;
    const paid = formatAmount(receipt.amountMinor, receipt.currency);
    console.log(`wallet: paid ${paid}; receipt ${receipt.transactionId} verified (server signature ok)`);
    return 0;
  }
  const detail = result.status === 'failed' ? `: ${result.detail}` : '';
  const why = `${reasonText(result.reason)} (${result.reason})${detail}`;
  console.error(`wallet: ${result.status}: ${why}`);
  return 1;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`wallet: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
