// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/profiles/profilestore.h"

#include "app/credentials/credentialstore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto ProfilesGroup = u"profiles"_s;
const auto LastUsedKey = u"lastUsedProfile"_s;
const auto UiGroup = u"ui"_s;
constexpr int MaximumPageSize = 250; // the API's limit for `limit`

QString simplifiedName(const QString &name) {
    return name.simplified();
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    Q_ASSERT(m_settings);
}

ProfileStore::ProfileStore(const QString &organization, const QString &application, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(organization, application))
    , m_settings(m_ownedSettings.get()) {
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::setCredentialStore(CredentialStore *credentials) {
    m_credentials = credentials;
}

QString ProfileStore::group(const QString &id) {
    return ProfilesGroup + u'/' + id;
}

QList<Profile> ProfileStore::profiles() const {
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    for (const QString &id : ids) {
        if (auto found = profile(id))
            result.append(*found);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const {
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    if (const auto session = m_sessionProfiles.constFind(id); session != m_sessionProfiles.cend())
        return *session;
    m_settings->beginGroup(group(id));
    const QString name = m_settings->value(u"name"_s).toString();
    Profile profile;
    profile.id = id;
    profile.name = name;
    const QString url = m_settings->value(u"baseUrl"_s).toString();
    profile.baseUrl = url.isEmpty() ? Profile::defaultBaseUrl() : QUrl(url, QUrl::StrictMode);
    profile.kind = programKindFromId(m_settings->value(u"kind"_s).toString());
    profile.lastUsed =
        QDateTime::fromString(m_settings->value(u"lastUsed"_s).toString(), Qt::ISODateWithMs);
    bool pageSizeOk = false;
    const int pageSize = m_settings->value(u"pageSize"_s).toInt(&pageSizeOk);
    // A hand-edited file must not make every request fail.
    profile.pageSize =
        pageSizeOk && validatePageSize(pageSize).isEmpty() ? pageSize : Profile::DefaultPageSize;
    profile.role = ProfileRoles::fromId(m_settings->value(u"role"_s).toString());
    profile.caFile = m_settings->value(u"caFile"_s).toString();
    // A hand-edited address that cannot be read leaves the profile on its local files.
    if (const QString store = m_settings->value(u"sharedStore"_s).toString(); !store.isEmpty())
        profile.sharedStore = PostgresTarget::fromUrl(store);
    profile.teamProgramId = m_settings->value(u"teamProgramId"_s).toString();
    profile.teamProgramName = m_settings->value(u"teamProgramName"_s).toString();
    m_settings->endGroup();
    // A group without a name is not a profile we wrote (or one half removed by hand).
    if (name.isEmpty())
        return std::nullopt;
    return profile;
}

std::optional<Profile> ProfileStore::profileByName(const QString &name) const {
    const QString wanted = simplifiedName(name);
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (simplifiedName(profile.name).compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &id) const {
    return profile(id).has_value();
}

QString ProfileStore::validateName(const QString &name, const QString &exceptId) const {
    const QString simplified = simplifiedName(name);
    if (simplified.isEmpty())
        return tr("Enter a name for the profile.");
    const auto existing = profileByName(simplified);
    if (existing && existing->id != exceptId)
        return tr("There is already a profile named “%1”.").arg(existing->name);
    return {};
}

bool ProfileStore::isLoopbackHost(const QString &host) {
    const QString lower = host.toLower();
    if (lower == u"localhost" || lower == u"::1" || lower == u"0:0:0:0:0:0:0:1")
        return true;
    const QStringList parts = lower.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (!ok || number < 0 || number > 255)
            return false;
    }
    return parts.first() == u"127";
}

QString ProfileStore::validateBaseUrl(const QUrl &url) {
    if (url.isEmpty())
        return tr("Enter the address of the Partnero API, for example %1.")
            .arg(QString::fromLatin1(DefaultBaseUrl));
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return tr("“%1” is not a valid web address.").arg(shown);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The address must start with https://.");
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return tr("The address must start with https://. Plain http:// is only allowed for "
                  "this computer, such as the sandbox on http://127.0.0.1.");
    // Whatever is in the address ends up in the settings file, in plain text.
    if (!url.userInfo().isEmpty())
        return tr("The address must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The address must not contain “?” or “#”.");
    return {};
}

QString ProfileStore::validatePageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MaximumPageSize)
        return tr("The page size must be between 1 and %1.").arg(MaximumPageSize);
    return {};
}

QString ProfileStore::validate(const Profile &profile) const {
    QString problem = validateName(profile.name, profile.id);
    if (problem.isEmpty())
        problem = validateBaseUrl(profile.baseUrl);
    if (problem.isEmpty())
        problem = validatePageSize(profile.pageSize);
    return problem;
}

QUrl ProfileStore::normalized(const QUrl &url) {
    // The API client appends "/customers" and the like.
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

void ProfileStore::write(const Profile &profile) {
    m_settings->beginGroup(group(profile.id));
    m_settings->setValue(u"name"_s, simplifiedName(profile.name));
    m_settings->setValue(u"baseUrl"_s, normalized(profile.baseUrl).toString(QUrl::FullyEncoded));
    m_settings->setValue(u"kind"_s, programKindId(profile.kind));
    if (profile.lastUsed.isValid())
        m_settings->setValue(u"lastUsed"_s, profile.lastUsed.toUTC().toString(Qt::ISODateWithMs));
    else
        m_settings->remove(u"lastUsed"_s);
    m_settings->setValue(u"pageSize"_s, profile.pageSize);
    m_settings->setValue(u"role"_s, ProfileRoles::id(profile.role));
    if (profile.caFile.isEmpty())
        m_settings->remove(u"caFile"_s);
    else
        m_settings->setValue(u"caFile"_s, profile.caFile);
    const auto setOrRemove = [this](const QString &key, const QString &value) {
        if (value.isEmpty())
            m_settings->remove(key);
        else
            m_settings->setValue(key, value);
    };
    setOrRemove(u"sharedStore"_s, profile.hasSharedStore() ? profile.sharedStore.url() : QString());
    setOrRemove(u"teamProgramId"_s, profile.hasSharedStore() ? profile.teamProgramId : QString());
    setOrRemove(u"teamProgramName"_s,
                profile.hasSharedStore() ? profile.teamProgramName : QString());
    m_settings->endGroup();
}

bool ProfileStore::sync(QString *errorMessage) {
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (errorMessage) {
        *errorMessage = tr("Could not save the profiles in %1.").arg(m_settings->fileName());
    }
    return false;
}

QString ProfileStore::add(const Profile &profile, QString *errorMessage) {
    Profile added = profile;
    if (added.id.isEmpty())
        added.id = Profile::newId();
    QString problem;
    if (added.id.contains(u'/') || contains(added.id))
        problem = tr("A profile with this identifier already exists.");
    if (problem.isEmpty())
        problem = validate(added);
    if (!problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return {};
    }
    write(added);
    if (!sync(errorMessage))
        return {};
    emit profileAdded(added.id);
    return added.id;
}

bool ProfileStore::rename(const QString &id, const QString &name, QString *errorMessage) {
    auto existing = profile(id);
    if (!existing) {
        if (errorMessage)
            *errorMessage = tr("That profile no longer exists.");
        return false;
    }
    existing->name = name;
    return update(*existing, errorMessage);
}

QString ProfileStore::copyName(const QString &name) const {
    const QString base = simplifiedName(name);
    QString candidate = tr("%1 (copy)").arg(base);
    for (int n = 2; profileByName(candidate); ++n)
        candidate = tr("%1 (copy %2)").arg(base).arg(n);
    return candidate;
}

QString ProfileStore::duplicate(const QString &id, const QString &name, QString *errorMessage) {
    auto original = profile(id);
    if (!original || isSessionProfile(id)) {
        if (errorMessage)
            *errorMessage = tr("That profile no longer exists.");
        return {};
    }
    Profile copy = *original;
    copy.id.clear();
    copy.name = name;
    copy.lastUsed = QDateTime();
    const QString copyId = add(copy, errorMessage);
    if (copyId.isEmpty())
        return {};
    // The column layouts, the sort and the index options come along: the copy looks the same.
    const QString from = group(id) + u'/' + UiGroup;
    m_settings->beginGroup(from);
    const QStringList keys = m_settings->allKeys();
    QVariantHash values;
    for (const QString &key : keys)
        values.insert(key, m_settings->value(key));
    m_settings->endGroup();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_settings->setValue(group(copyId) + u'/' + UiGroup + u'/' + it.key(), it.value());
    sync(nullptr);
    return copyId;
}

void ProfileStore::addSessionProfile(const Profile &profile) {
    Q_ASSERT(!profile.id.isEmpty());
    m_sessionProfiles.insert(profile.id, profile);
}

bool ProfileStore::update(const Profile &profile, QString *errorMessage) {
    if (!contains(profile.id)) {
        if (errorMessage)
            *errorMessage = tr("That profile no longer exists.");
        return false;
    }
    const QString problem = validate(profile);
    if (!problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    if (isSessionProfile(profile.id)) {
        m_sessionProfiles.insert(profile.id, profile);
        emit profileChanged(profile.id);
        return true;
    }
    write(profile);
    if (!sync(errorMessage))
        return false;
    emit profileChanged(profile.id);
    return true;
}

bool ProfileStore::remove(const QString &id, QString *errorMessage) {
    if (!contains(id))
        return false;
    if (isSessionProfile(id)) {
        m_sessionProfiles.remove(id);
        m_sessionValues.remove(id);
        emit profileRemoved(id);
        return true;
    }
    if (m_removalGuard) {
        const QString refusal = m_removalGuard(id);
        if (!refusal.isEmpty()) {
            if (errorMessage)
                *errorMessage = refusal;
            return false;
        }
    }
    m_settings->remove(group(id));
    if (m_settings->value(LastUsedKey).toString() == id)
        m_settings->remove(LastUsedKey);
    sync(nullptr);
    if (m_credentials) {
        m_credentials->deleteKey(id);
        m_credentials->deleteKey(Profile::sharedStoreAccount(id));
    }
    // Never a folder above the profile's own, whatever an edited settings file holds.
    if (id != QLatin1String(".") && id != QLatin1String("..") && !id.contains(u'/') &&
        !id.contains(u'\\'))
        QDir(dataFolder(id)).removeRecursively();
    emit profileRemoved(id);
    return true;
}

QString ProfileStore::dataFolder(const QString &id) {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles/") + id;
}

std::optional<Profile> ProfileStore::lastUsedProfile() const {
    return profile(lastUsedProfileId());
}

QString ProfileStore::lastUsedProfileId() const {
    const QString id = m_settings->value(LastUsedKey).toString();
    return contains(id) ? id : QString();
}

bool ProfileStore::setLastUsed(const QString &id, const QDateTime &when) {
    // A session profile is gone at the next start: it cannot be the one to open then.
    if (!contains(id) || isSessionProfile(id))
        return false;
    m_settings->setValue(LastUsedKey, id);
    m_settings->setValue(group(id) + u"/lastUsed"_s, when.toUTC().toString(Qt::ISODateWithMs));
    sync(nullptr);
    emit profileChanged(id);
    return true;
}

bool ProfileStore::setValue(const QString &profileId, const QString &key, const QVariant &value) {
    if (key.isEmpty() || !contains(profileId))
        return false;
    if (isSessionProfile(profileId)) {
        m_sessionValues[profileId].insert(key, value);
        return true;
    }
    // UI state changes often (a column dragged); QSettings writes it out on its own.
    m_settings->setValue(group(profileId) + u'/' + UiGroup + u'/' + key, value);
    return true;
}

QVariant ProfileStore::value(const QString &profileId, const QString &key,
                             const QVariant &defaultValue) const {
    if (key.isEmpty() || !contains(profileId))
        return defaultValue;
    if (isSessionProfile(profileId))
        return m_sessionValues.value(profileId).value(key, defaultValue);
    return m_settings->value(group(profileId) + u'/' + UiGroup + u'/' + key, defaultValue);
}

void ProfileStore::removeValue(const QString &profileId, const QString &key) {
    if (key.isEmpty() || !contains(profileId))
        return;
    if (isSessionProfile(profileId)) {
        m_sessionValues[profileId].remove(key);
        return;
    }
    m_settings->remove(group(profileId) + u'/' + UiGroup + u'/' + key);
}
