#include "app/profiles/profile.h"

#include <QUuid>

QString Profile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
