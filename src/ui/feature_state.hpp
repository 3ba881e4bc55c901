#pragma once
// Per-feature UI state. Each feature owns its header; this file only
// gathers them so AppState can hold one of each.
#include "ui/appearance_state.hpp"
#include "ui/file_state.hpp"
#include "ui/print_state.hpp"
#include "ui/privacy_state.hpp"
#include "ui/rehearsal_state.hpp"
#include "ui/safety_state.hpp"
#include "ui/speech_state.hpp"
#include "ui/worksheet_state.hpp"
