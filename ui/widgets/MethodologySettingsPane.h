// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Methodology.h"
#include "core/Text3.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;

namespace core {
class MethodologyService;
class RegistryRepository;
} // namespace core

namespace ui {

class Text3Editor;

/// The Settings tab of the methodology area: the title, the sample mark, the not-counted policy,
/// the achievement thresholds, the owners (the bodies that run the block) and the methodology it
/// is based on. edited() says that the user changed one of them. Its texts belong to the
/// translation context of MethodologyArea, where they were first written.
class MethodologySettingsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit MethodologySettingsPane(QWidget* parent = nullptr);

    /// Shows the settings of `m`. The owners to choose from are the bodies of `registry` that play
    /// an authorized-body role, named as in the methodology's year; `methodologies` names the
    /// methodology it is based on. It emits nothing.
    void fill(const core::Methodology& m, bool editable, core::Language language,
              const core::RegistryRepository& registry, const core::MethodologyService& methodologies);
    /// Writes the settings as edited into `m`.
    void apply(core::Methodology& m) const;
    void retranslate();

Q_SIGNALS:
    void edited();

private:
    void onEdited();

    bool m_filling = false;
    QLabel* m_titleLabel;
    Text3Editor* m_title;
    QLabel* m_notCountedLabel;
    QComboBox* m_notCounted;
    QLabel* m_fullAtLabel;
    QDoubleSpinBox* m_fullAt;
    QLabel* m_partialAtLabel;
    QDoubleSpinBox* m_partialAt;
    QLabel* m_thresholdsHint;
    QCheckBox* m_sample;
    QLabel* m_ownersLabel;
    QListWidget* m_owners;
    QLabel* m_lineageLabel;
    QLabel* m_lineage;
};

} // namespace ui
