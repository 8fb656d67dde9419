// SPDX-License-Identifier: GPL-3.0-or-later
#include "Signing.h"

#include <sodium.h>

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace core::signing {

static_assert(PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(SignatureBytes == crypto_sign_BYTES);

namespace {

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytesOf(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace

Result<void> initialize()
{
    // Thread-safe; 0 on the first call, 1 when already done, -1 on failure.
    if (sodium_init() < 0)
        return fail(ErrorCode::CryptoFailed, u"sodium_init failed"_s);
    return {};
}

Result<KeyPair> generateKeyPair()
{
    if (auto r = initialize(); !r)
        return std::unexpected(r.error());
    KeyPair pair;
    pair.publicKey.resize(PublicKeyBytes);
    pair.secretKey.resize(SecretKeyBytes);
    if (crypto_sign_keypair(bytesOf(pair.publicKey), bytesOf(pair.secretKey)) != 0)
        return fail(ErrorCode::CryptoFailed, u"crypto_sign_keypair failed"_s);
    return pair;
}

Result<QByteArray> sign(const QByteArray& message, const QByteArray& secretKey)
{
    if (secretKey.size() != SecretKeyBytes)
        return fail(ErrorCode::CryptoFailed,
                    u"a secret key has %1 bytes, not %2"_s.arg(secretKey.size()).arg(SecretKeyBytes));
    if (auto r = initialize(); !r)
        return std::unexpected(r.error());
    QByteArray signature(SignatureBytes, '\0');
    if (crypto_sign_detached(bytesOf(signature), nullptr, bytesOf(message),
                             static_cast<unsigned long long>(message.size()), bytesOf(secretKey))
        != 0)
        return fail(ErrorCode::CryptoFailed, u"crypto_sign_detached failed"_s);
    return signature;
}

bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    if (signature.size() != SignatureBytes || publicKey.size() != PublicKeyBytes || !initialize())
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()), bytesOf(publicKey))
           == 0;
}

QByteArray publicKeyOf(const QByteArray& secretKey)
{
    if (secretKey.size() != SecretKeyBytes)
        return {};
    return secretKey.right(PublicKeyBytes);
}

QString fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex();
    return QString::fromLatin1(hex.mid(0, 4) + '-' + hex.mid(4, 4) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4));
}

} // namespace core::signing
