# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from nfg_desktop.gui.editors.fields import (CheckGroup, DateField, TagEditor)

class Ui_ProjectEditor(object):
    def setupUi(self, ProjectEditor):
        if not ProjectEditor.objectName():
            ProjectEditor.setObjectName(u"ProjectEditor")
        self.mainLayout = QVBoxLayout(ProjectEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.projectBox = QGroupBox(ProjectEditor)
        self.projectBox.setObjectName(u"projectBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.projectBox.sizePolicy().hasHeightForWidth())
        self.projectBox.setSizePolicy(sizePolicy)
        self.projectLayout = QFormLayout(self.projectBox)
        self.projectLayout.setObjectName(u"projectLayout")
        self.projectLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.projectLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label1 = QLabel(self.projectBox)
        self.label1.setObjectName(u"label1")

        self.projectLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label1)

        self.titleEdit = QLineEdit(self.projectBox)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.projectLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.label2 = QLabel(self.projectBox)
        self.label2.setObjectName(u"label2")

        self.projectLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label2)

        self.kindCombo = QComboBox(self.projectBox)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setEditable(True)
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(12)

        self.projectLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.label3 = QLabel(self.projectBox)
        self.label3.setObjectName(u"label3")

        self.projectLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label3)

        self.statusCombo = QComboBox(self.projectBox)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(12)

        self.projectLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.label4 = QLabel(self.projectBox)
        self.label4.setObjectName(u"label4")

        self.projectLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label4)

        self.startEdit = DateField(self.projectBox)
        self.startEdit.setObjectName(u"startEdit")

        self.projectLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.label5 = QLabel(self.projectBox)
        self.label5.setObjectName(u"label5")

        self.projectLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label5)

        self.endEdit = DateField(self.projectBox)
        self.endEdit.setObjectName(u"endEdit")

        self.projectLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.label6 = QLabel(self.projectBox)
        self.label6.setObjectName(u"label6")

        self.projectLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label6)

        self.placeEdit = QLineEdit(self.projectBox)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.projectLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.label7 = QLabel(self.projectBox)
        self.label7.setObjectName(u"label7")

        self.projectLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label7)

        self.contactCombo = QComboBox(self.projectBox)
        self.contactCombo.setObjectName(u"contactCombo")
        self.contactCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.contactCombo.setMinimumContentsLength(12)

        self.projectLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.contactCombo)


        self.mainLayout.addWidget(self.projectBox)

        self.checksLayout = QHBoxLayout()
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksLayout.setContentsMargins(0, 0, 0, 0)
        self.focusBox = QGroupBox(ProjectEditor)
        self.focusBox.setObjectName(u"focusBox")
        sizePolicy.setHeightForWidth(self.focusBox.sizePolicy().hasHeightForWidth())
        self.focusBox.setSizePolicy(sizePolicy)
        self.focusLayout = QVBoxLayout(self.focusBox)
        self.focusLayout.setObjectName(u"focusLayout")
        self.focusChecks = CheckGroup(self.focusBox)
        self.focusChecks.setObjectName(u"focusChecks")

        self.focusLayout.addWidget(self.focusChecks)


        self.checksLayout.addWidget(self.focusBox, 0, Qt.AlignmentFlag.AlignTop)

        self.targetBox = QGroupBox(ProjectEditor)
        self.targetBox.setObjectName(u"targetBox")
        sizePolicy.setHeightForWidth(self.targetBox.sizePolicy().hasHeightForWidth())
        self.targetBox.setSizePolicy(sizePolicy)
        self.targetLayout = QVBoxLayout(self.targetBox)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetChecks = CheckGroup(self.targetBox)
        self.targetChecks.setObjectName(u"targetChecks")

        self.targetLayout.addWidget(self.targetChecks)


        self.checksLayout.addWidget(self.targetBox, 0, Qt.AlignmentFlag.AlignTop)


        self.mainLayout.addLayout(self.checksLayout)

        self.descriptionBox = QGroupBox(ProjectEditor)
        self.descriptionBox.setObjectName(u"descriptionBox")
        sizePolicy.setHeightForWidth(self.descriptionBox.sizePolicy().hasHeightForWidth())
        self.descriptionBox.setSizePolicy(sizePolicy)
        self.descriptionLayout = QFormLayout(self.descriptionBox)
        self.descriptionLayout.setObjectName(u"descriptionLayout")
        self.descriptionLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.descriptionLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label8 = QLabel(self.descriptionBox)
        self.label8.setObjectName(u"label8")

        self.descriptionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label8)

        self.descriptionEdit = QPlainTextEdit(self.descriptionBox)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 70))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 140))
        self.descriptionEdit.setTabChangesFocus(True)

        self.descriptionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.label9 = QLabel(self.descriptionBox)
        self.label9.setObjectName(u"label9")

        self.descriptionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label9)

        self.goalsEdit = QPlainTextEdit(self.descriptionBox)
        self.goalsEdit.setObjectName(u"goalsEdit")
        self.goalsEdit.setMinimumSize(QSize(0, 70))
        self.goalsEdit.setMaximumSize(QSize(16777215, 140))
        self.goalsEdit.setTabChangesFocus(True)

        self.descriptionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goalsEdit)


        self.mainLayout.addWidget(self.descriptionBox)

        self.partnersBox = QGroupBox(ProjectEditor)
        self.partnersBox.setObjectName(u"partnersBox")
        sizePolicy.setHeightForWidth(self.partnersBox.sizePolicy().hasHeightForWidth())
        self.partnersBox.setSizePolicy(sizePolicy)
        self.partnersLayout = QVBoxLayout(self.partnersBox)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.partnersTable = QTableWidget(self.partnersBox)
        if (self.partnersTable.columnCount() < 2):
            self.partnersTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.partnersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.partnersTable.setObjectName(u"partnersTable")
        self.partnersTable.setMinimumSize(QSize(0, 100))
        self.partnersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partnersTable.setAlternatingRowColors(True)
        self.partnersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partnersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partnersTable.setTabKeyNavigation(False)
        self.partnersTable.setColumnCount(2)
        self.partnersTable.horizontalHeader().setStretchLastSection(True)
        self.partnersTable.verticalHeader().setVisible(False)

        self.partnersLayout.addWidget(self.partnersTable)

        self.partnerButtons = QHBoxLayout()
        self.partnerButtons.setObjectName(u"partnerButtons")
        self.partnerButtons.setContentsMargins(0, 0, 0, 0)
        self.addPartnerButton = QPushButton(self.partnersBox)
        self.addPartnerButton.setObjectName(u"addPartnerButton")

        self.partnerButtons.addWidget(self.addPartnerButton)

        self.partnerRoleButton = QPushButton(self.partnersBox)
        self.partnerRoleButton.setObjectName(u"partnerRoleButton")

        self.partnerButtons.addWidget(self.partnerRoleButton)

        self.removePartnerButton = QPushButton(self.partnersBox)
        self.removePartnerButton.setObjectName(u"removePartnerButton")

        self.partnerButtons.addWidget(self.removePartnerButton)

        self.partnerButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partnerButtons.addItem(self.partnerButtonsStretch)


        self.partnersLayout.addLayout(self.partnerButtons)


        self.mainLayout.addWidget(self.partnersBox)

        self.volunteersBox = QGroupBox(ProjectEditor)
        self.volunteersBox.setObjectName(u"volunteersBox")
        sizePolicy.setHeightForWidth(self.volunteersBox.sizePolicy().hasHeightForWidth())
        self.volunteersBox.setSizePolicy(sizePolicy)
        self.volunteersLayout = QVBoxLayout(self.volunteersBox)
        self.volunteersLayout.setObjectName(u"volunteersLayout")
        self.childrenCheck = QCheckBox(self.volunteersBox)
        self.childrenCheck.setObjectName(u"childrenCheck")

        self.volunteersLayout.addWidget(self.childrenCheck)

        self.volunteersTable = QTableWidget(self.volunteersBox)
        if (self.volunteersTable.columnCount() < 4):
            self.volunteersTable.setColumnCount(4)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.volunteersTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.volunteersTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.volunteersTable.setHorizontalHeaderItem(2, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.volunteersTable.setHorizontalHeaderItem(3, __qtablewidgetitem5)
        self.volunteersTable.setObjectName(u"volunteersTable")
        self.volunteersTable.setMinimumSize(QSize(0, 120))
        self.volunteersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volunteersTable.setAlternatingRowColors(True)
        self.volunteersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volunteersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.volunteersTable.setTabKeyNavigation(False)
        self.volunteersTable.setColumnCount(4)
        self.volunteersTable.horizontalHeader().setStretchLastSection(True)
        self.volunteersTable.verticalHeader().setVisible(False)

        self.volunteersLayout.addWidget(self.volunteersTable)

        self.clearanceLabel = QLabel(self.volunteersBox)
        self.clearanceLabel.setObjectName(u"clearanceLabel")
        self.clearanceLabel.setText(u"")
        self.clearanceLabel.setWordWrap(True)

        self.volunteersLayout.addWidget(self.clearanceLabel)

        self.volunteerButtons = QHBoxLayout()
        self.volunteerButtons.setObjectName(u"volunteerButtons")
        self.volunteerButtons.setContentsMargins(0, 0, 0, 0)
        self.addVolunteerButton = QPushButton(self.volunteersBox)
        self.addVolunteerButton.setObjectName(u"addVolunteerButton")

        self.volunteerButtons.addWidget(self.addVolunteerButton)

        self.editVolunteerButton = QPushButton(self.volunteersBox)
        self.editVolunteerButton.setObjectName(u"editVolunteerButton")

        self.volunteerButtons.addWidget(self.editVolunteerButton)

        self.removeVolunteerButton = QPushButton(self.volunteersBox)
        self.removeVolunteerButton.setObjectName(u"removeVolunteerButton")

        self.volunteerButtons.addWidget(self.removeVolunteerButton)

        self.volunteerButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.volunteerButtons.addItem(self.volunteerButtonsStretch)


        self.volunteersLayout.addLayout(self.volunteerButtons)


        self.mainLayout.addWidget(self.volunteersBox)

        self.needBox = QGroupBox(ProjectEditor)
        self.needBox.setObjectName(u"needBox")
        sizePolicy.setHeightForWidth(self.needBox.sizePolicy().hasHeightForWidth())
        self.needBox.setSizePolicy(sizePolicy)
        self.needLayout = QFormLayout(self.needBox)
        self.needLayout.setObjectName(u"needLayout")
        self.needLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.needLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.label10 = QLabel(self.needBox)
        self.label10.setObjectName(u"label10")

        self.needLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label10)

        self.needCountSpin = QSpinBox(self.needBox)
        self.needCountSpin.setObjectName(u"needCountSpin")
        self.needCountSpin.setMaximum(999)

        self.needLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.needCountSpin)

        self.label11 = QLabel(self.needBox)
        self.label11.setObjectName(u"label11")

        self.needLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label11)

        self.neededSkillsEdit = TagEditor(self.needBox)
        self.neededSkillsEdit.setObjectName(u"neededSkillsEdit")

        self.needLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.neededSkillsEdit)

        self.label12 = QLabel(self.needBox)
        self.label12.setObjectName(u"label12")

        self.needLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label12)

        self.needNotesEdit = QPlainTextEdit(self.needBox)
        self.needNotesEdit.setObjectName(u"needNotesEdit")
        self.needNotesEdit.setMinimumSize(QSize(0, 50))
        self.needNotesEdit.setMaximumSize(QSize(16777215, 100))
        self.needNotesEdit.setTabChangesFocus(True)

        self.needLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.needNotesEdit)


        self.mainLayout.addWidget(self.needBox)

        self.mainLayoutStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.mainLayoutStretch)

#if QT_CONFIG(shortcut)
        self.label1.setBuddy(self.titleEdit)
        self.label2.setBuddy(self.kindCombo)
        self.label3.setBuddy(self.statusCombo)
        self.label4.setBuddy(self.startEdit)
        self.label5.setBuddy(self.endEdit)
        self.label6.setBuddy(self.placeEdit)
        self.label7.setBuddy(self.contactCombo)
        self.label8.setBuddy(self.descriptionEdit)
        self.label9.setBuddy(self.goalsEdit)
        self.label10.setBuddy(self.needCountSpin)
        self.label11.setBuddy(self.neededSkillsEdit)
        self.label12.setBuddy(self.needNotesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.contactCombo)
        QWidget.setTabOrder(self.contactCombo, self.focusChecks)
        QWidget.setTabOrder(self.focusChecks, self.targetChecks)
        QWidget.setTabOrder(self.targetChecks, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.goalsEdit)
        QWidget.setTabOrder(self.goalsEdit, self.partnersTable)
        QWidget.setTabOrder(self.partnersTable, self.addPartnerButton)
        QWidget.setTabOrder(self.addPartnerButton, self.partnerRoleButton)
        QWidget.setTabOrder(self.partnerRoleButton, self.removePartnerButton)
        QWidget.setTabOrder(self.removePartnerButton, self.childrenCheck)
        QWidget.setTabOrder(self.childrenCheck, self.volunteersTable)
        QWidget.setTabOrder(self.volunteersTable, self.addVolunteerButton)
        QWidget.setTabOrder(self.addVolunteerButton, self.editVolunteerButton)
        QWidget.setTabOrder(self.editVolunteerButton, self.removeVolunteerButton)
        QWidget.setTabOrder(self.removeVolunteerButton, self.needCountSpin)
        QWidget.setTabOrder(self.needCountSpin, self.neededSkillsEdit)
        QWidget.setTabOrder(self.neededSkillsEdit, self.needNotesEdit)

        self.retranslateUi(ProjectEditor)

        QMetaObject.connectSlotsByName(ProjectEditor)
    # setupUi

    def retranslateUi(self, ProjectEditor):
        ProjectEditor.setWindowTitle(QCoreApplication.translate("ProjectEditor", u"Project", None))
        self.projectBox.setTitle(QCoreApplication.translate("ProjectEditor", u"Project", None))
        self.label1.setText(QCoreApplication.translate("ProjectEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.label2.setText(QCoreApplication.translate("ProjectEditor", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Kind", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("ProjectEditor", u"Choose a kind or type a new one", None))
#endif // QT_CONFIG(tooltip)
        self.label3.setText(QCoreApplication.translate("ProjectEditor", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.label4.setText(QCoreApplication.translate("ProjectEditor", u"&Start:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Start", None))
#endif // QT_CONFIG(accessibility)
        self.label5.setText(QCoreApplication.translate("ProjectEditor", u"&End:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"End", None))
#endif // QT_CONFIG(accessibility)
        self.label6.setText(QCoreApplication.translate("ProjectEditor", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.label7.setText(QCoreApplication.translate("ProjectEditor", u"&Contact person:", None))
#if QT_CONFIG(accessibility)
        self.contactCombo.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Contact person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.contactCombo.setToolTip(QCoreApplication.translate("ProjectEditor", u"Contact person for questions about the project", None))
#endif // QT_CONFIG(tooltip)
        self.focusBox.setTitle(QCoreApplication.translate("ProjectEditor", u"Focus areas", None))
#if QT_CONFIG(accessibility)
        self.focusChecks.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Focus areas", None))
#endif // QT_CONFIG(accessibility)
        self.targetBox.setTitle(QCoreApplication.translate("ProjectEditor", u"Target groups", None))
#if QT_CONFIG(accessibility)
        self.targetChecks.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Target groups", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionBox.setTitle(QCoreApplication.translate("ProjectEditor", u"Description", None))
        self.label8.setText(QCoreApplication.translate("ProjectEditor", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.label9.setText(QCoreApplication.translate("ProjectEditor", u"&Goals:", None))
#if QT_CONFIG(accessibility)
        self.goalsEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Goals", None))
#endif // QT_CONFIG(accessibility)
        self.partnersBox.setTitle(QCoreApplication.translate("ProjectEditor", u"Partners", None))
        ___qtablewidgetitem = self.partnersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProjectEditor", u"Partner", None))
        ___qtablewidgetitem1 = self.partnersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProjectEditor", u"Role", None))
#if QT_CONFIG(accessibility)
        self.partnersTable.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Partners of the project", None))
#endif // QT_CONFIG(accessibility)
        self.addPartnerButton.setText(QCoreApplication.translate("ProjectEditor", u"&Add partner\u2026", None))
#if QT_CONFIG(accessibility)
        self.addPartnerButton.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Add partner\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addPartnerButton.setToolTip(QCoreApplication.translate("ProjectEditor", u"Add a partner organisation", None))
#endif // QT_CONFIG(tooltip)
        self.partnerRoleButton.setText(QCoreApplication.translate("ProjectEditor", u"Change &role\u2026", None))
#if QT_CONFIG(accessibility)
        self.partnerRoleButton.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Change role\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.partnerRoleButton.setToolTip(QCoreApplication.translate("ProjectEditor", u"Change the role of the selected partner", None))
#endif // QT_CONFIG(tooltip)
        self.removePartnerButton.setText(QCoreApplication.translate("ProjectEditor", u"Remove pa&rtner", None))
#if QT_CONFIG(accessibility)
        self.removePartnerButton.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Remove partner", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removePartnerButton.setToolTip(QCoreApplication.translate("ProjectEditor", u"Remove the selected partner", None))
#endif // QT_CONFIG(tooltip)
        self.volunteersBox.setTitle(QCoreApplication.translate("ProjectEditor", u"Volunteers", None))
        self.childrenCheck.setText(QCoreApplication.translate("ProjectEditor", u"Works with c&hildren or young people", None))
#if QT_CONFIG(accessibility)
        self.childrenCheck.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Works with children or young people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.childrenCheck.setToolTip(QCoreApplication.translate("ProjectEditor", u"Volunteers then need a valid extended police clearance (\u00a7 72a SGB VIII)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem2 = self.volunteersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProjectEditor", u"Name", None))
        ___qtablewidgetitem3 = self.volunteersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProjectEditor", u"Role", None))
        ___qtablewidgetitem4 = self.volunteersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ProjectEditor", u"Since", None))
        ___qtablewidgetitem5 = self.volunteersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ProjectEditor", u"Police clearance", None))
#if QT_CONFIG(accessibility)
        self.volunteersTable.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Volunteers of the project", None))
#endif // QT_CONFIG(accessibility)
        self.addVolunteerButton.setText(QCoreApplication.translate("ProjectEditor", u"Add &volunteer\u2026", None))
#if QT_CONFIG(accessibility)
        self.addVolunteerButton.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Add volunteer\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addVolunteerButton.setToolTip(QCoreApplication.translate("ProjectEditor", u"Assign a volunteer", None))
#endif // QT_CONFIG(tooltip)
        self.editVolunteerButton.setText(QCoreApplication.translate("ProjectEditor", u"Ed&it\u2026", None))
#if QT_CONFIG(accessibility)
        self.editVolunteerButton.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Edit\u2026", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editVolunteerButton.setToolTip(QCoreApplication.translate("ProjectEditor", u"Change role or start of the selected volunteer", None))
#endif // QT_CONFIG(tooltip)
        self.removeVolunteerButton.setText(QCoreApplication.translate("ProjectEditor", u"Remove vol&unteer", None))
#if QT_CONFIG(accessibility)
        self.removeVolunteerButton.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Remove volunteer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeVolunteerButton.setToolTip(QCoreApplication.translate("ProjectEditor", u"Remove the selected volunteer", None))
#endif // QT_CONFIG(tooltip)
        self.needBox.setTitle(QCoreApplication.translate("ProjectEditor", u"Need", None))
        self.label10.setText(QCoreApplication.translate("ProjectEditor", u"Volunteers &needed:", None))
#if QT_CONFIG(accessibility)
        self.needCountSpin.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Volunteers needed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.needCountSpin.setToolTip(QCoreApplication.translate("ProjectEditor", u"How many more volunteers the project needs", None))
#endif // QT_CONFIG(tooltip)
        self.label11.setText(QCoreApplication.translate("ProjectEditor", u"Skills n&eeded:", None))
#if QT_CONFIG(accessibility)
        self.neededSkillsEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Skills needed", None))
#endif // QT_CONFIG(accessibility)
        self.label12.setText(QCoreApplication.translate("ProjectEditor", u"Notes on the nee&d:", None))
#if QT_CONFIG(accessibility)
        self.needNotesEdit.setAccessibleName(QCoreApplication.translate("ProjectEditor", u"Notes on the need", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

