# Automatically generated from ui/unlock.ui by 'make forms' - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockForm(object):
    def setupUi(self, UnlockForm):
        if not UnlockForm.objectName():
            UnlockForm.setObjectName(u"UnlockForm")
        UnlockForm.resize(460, 320)
        self.outer = QVBoxLayout(UnlockForm)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.reasonLabel = QLabel(UnlockForm)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setText(u"")

        self.outer.addWidget(self.reasonLabel)

        self.titleLabel = QLabel(UnlockForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.outer.addWidget(self.titleLabel)

        self.vaultLabel = QLabel(UnlockForm)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setText(u"vault")
        self.vaultLabel.setWordWrap(True)
        self.vaultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.vaultLabel)

        self.passphraseLabel = QLabel(UnlockForm)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.outer.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockForm)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setMaxLength(1024)

        self.outer.addWidget(self.passphraseEdit)

        self.rememberBox = QVBoxLayout()
        self.rememberBox.setSpacing(2)
        self.rememberBox.setObjectName(u"rememberBox")
        self.rememberCheck = QCheckBox(UnlockForm)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.rememberBox.addWidget(self.rememberCheck)

        self.rememberReasonLabel = QLabel(UnlockForm)
        self.rememberReasonLabel.setObjectName(u"rememberReasonLabel")
        self.rememberReasonLabel.setWordWrap(True)
        self.rememberReasonLabel.setText(u"")

        self.rememberBox.addWidget(self.rememberReasonLabel)


        self.outer.addLayout(self.rememberBox)

        self.messageLabel = QLabel(UnlockForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.outer.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(UnlockForm)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMinimum(0)
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.outer.addWidget(self.busyBar)

        self.stretch = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.stretch)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.recoveryButton = QPushButton(UnlockForm)
        self.recoveryButton.setObjectName(u"recoveryButton")

        self.buttons.addWidget(self.recoveryButton)

        self.otherVaultButton = QPushButton(UnlockForm)
        self.otherVaultButton.setObjectName(u"otherVaultButton")

        self.buttons.addWidget(self.otherVaultButton)

        self.buttonStretch = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonStretch)

        self.unlockButton = QPushButton(UnlockForm)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttons.addWidget(self.unlockButton)


        self.outer.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.recoveryButton)
        QWidget.setTabOrder(self.recoveryButton, self.otherVaultButton)
        QWidget.setTabOrder(self.otherVaultButton, self.unlockButton)

        self.retranslateUi(UnlockForm)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockForm)
    # setupUi

    def retranslateUi(self, UnlockForm):
        UnlockForm.setWindowTitle(QCoreApplication.translate("UnlockForm", u"Unlock - Mentorapp", None))
        self.titleLabel.setText(QCoreApplication.translate("UnlockForm", u"Unlock your vault", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("UnlockForm", u"Unlock your vault", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockForm", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockForm", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.rememberCheck.setText(QCoreApplication.translate("UnlockForm", u"&Remember on this computer (in the system keychain)", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("UnlockForm", u"Unlocking", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryButton.setText(QCoreApplication.translate("UnlockForm", u"Use &recovery key\u2026", None))
        self.otherVaultButton.setText(QCoreApplication.translate("UnlockForm", u"&Other vault\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockForm", u"&Unlock", None))
    # retranslateUi

