#pragma once
// The backups dialog (see backups_dialog.cpp); opened by setting
// app.privacyUi.backupsOpenRequested (View > Backups, --ui privacy.backups).
#include "ui/app_state.hpp"
#include "ui/platform.hpp"

namespace doorway {

void drawBackupsDialog(AppState& app, Platform& platform);
// Removes every listed backup and says how it went (the dialog's button).
void removeBackups(AppState& app, Platform& platform);

}  // namespace doorway
