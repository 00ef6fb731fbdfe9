// The MO handshake library: the only code that builds or checks protocol messages.
export * from './bytes.ts';
export * from './canonical.ts';
export * from './crypto.ts';
export * from './reasons.ts';
export * from './messages.ts';
export * from './signing.ts';
export * from './otp.ts';
export * from './pairing.ts';
export * from './channel.ts';
export * from './merchant.ts';
export * from './customer.ts';
export * from './device-call.ts';
export * from './offline.ts';
export * from './wallet-call.ts';
