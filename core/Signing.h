// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArray>

namespace core {

/// Ed25519 signatures through libsodium (crypto_sign_detached). Keys and signatures are raw bytes.
namespace signing {

inline constexpr int PublicKeyBytes = 32;
inline constexpr int SecretKeyBytes = 64;
inline constexpr int SignatureBytes = 64;

struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes (libsodium's seed + public key)
};

/// sodium_init() once; CryptoFailed when libsodium cannot start.
[[nodiscard]] Result<void> initialize();
[[nodiscard]] Result<KeyPair> generateKeyPair();
/// The detached signature of `message`; CryptoFailed for a secret key of the wrong size.
[[nodiscard]] Result<QByteArray> sign(const QByteArray& message, const QByteArray& secretKey);
/// True when `signature` is `publicKey`'s signature of `message` (false for wrong sizes too).
[[nodiscard]] bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
/// The public key inside a libsodium secret key (its last 32 bytes).
[[nodiscard]] QByteArray publicKeyOf(const QByteArray& secretKey);
/// A short, readable fingerprint of a public key for people to compare: the first 8 bytes of its
/// SHA-256 as four groups of four lowercase hex digits, "1a2b-3c4d-5e6f-7a8b".
[[nodiscard]] QString fingerprint(const QByteArray& publicKey);

} // namespace signing
} // namespace core
